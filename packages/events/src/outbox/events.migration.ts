import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EventsPruneIndexes1763900000000 } from './events-prune.migration';
import { EventsDeadLetters1764300000001 } from '../dead-letter/dead-letters.migration';
import { EventsTraceContext1764300000000 } from './events-trace.migration';

/** The outbox (events waiting for the relay) and the inbox (ids of events already handled). */
export class EventsOutboxInbox1763700000000 implements MigrationInterface {
  name = 'EventsOutboxInbox1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        key text NOT NULL,
        type text NOT NULL,
        version integer NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL');
    await queryRunner.query(`
      CREATE TABLE inbox (
        event_id uuid PRIMARY KEY,
        type text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox');
    await queryRunner.query('DROP TABLE outbox');
  }
}

/** Put these first in each service's migrations list. */
export const eventsMigrations = [
  EventsOutboxInbox1763700000000,
  EventsPruneIndexes1763900000000,
  EventsTraceContext1764300000000,
  EventsDeadLetters1764300000001,
];
