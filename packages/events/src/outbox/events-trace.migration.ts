import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trace of the request that wrote an event, so the relay and the consumers continue it. */
export class EventsTraceContext1764300000000 implements MigrationInterface {
  name = 'EventsTraceContext1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox ADD COLUMN trace_context jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox DROP COLUMN trace_context');
  }
}
