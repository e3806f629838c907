import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The children read model keeps the time of the event it holds, so a replayed older event changes nothing. */
export class ChildrenSourceTime1764300000101 implements MigrationInterface {
  name = 'ChildrenSourceTime1764300000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE children ADD COLUMN source_occurred_at timestamptz NOT NULL DEFAULT '-infinity'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE children DROP COLUMN source_occurred_at');
  }
}
