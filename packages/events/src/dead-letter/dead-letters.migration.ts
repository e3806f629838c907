import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the consumer sent to `<service>.dlq`, with the error, so the regional admin's «Состояние системы» page
 * reads it from the service's own database. Where the letter sits in `<service>.dlq` tells whether a replay
 * (from the page or `pdo-dlq-replay`) has sent it back: the replay group's offset is past it.
 */
export class EventsDeadLetters1764300000001 implements MigrationInterface {
  name = 'EventsDeadLetters1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dead_letters (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        partition integer NOT NULL,
        "offset" bigint NOT NULL,
        event_id uuid,
        event_type text,
        error text NOT NULL,
        attempts integer NOT NULL,
        dlq_partition integer NOT NULL,
        dlq_offset bigint NOT NULL,
        dead_lettered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX dead_letters_dlq_idx ON dead_letters (dlq_partition, dlq_offset)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dead_letters');
  }
}
