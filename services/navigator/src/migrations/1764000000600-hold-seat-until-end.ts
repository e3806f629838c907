import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A withdrawn accepted enrolment keeps its seat until the day it ends (the child attends until then):
 * `seat_held_until` is that day, cleared when a scheduled run gives the seat back.
 */
export class HoldSeatUntilEnd1764000000600 implements MigrationInterface {
  name = 'HoldSeatUntilEnd1764000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE enrollments ADD COLUMN seat_held_until date CHECK (seat_held_until IS NULL OR status = 'withdrawn')`,
    );
    await queryRunner.query(
      'CREATE INDEX enrollments_seat_held_idx ON enrollments (seat_held_until) WHERE seat_held_until IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE enrollments DROP COLUMN seat_held_until');
  }
}
