import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the pruner find old sent outbox rows and old inbox ids without scanning the tables. */
export class EventsPruneIndexes1763900000000 implements MigrationInterface {
  name = 'EventsPruneIndexes1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL');
    await queryRunner.query('CREATE INDEX inbox_handled_at_idx ON inbox (handled_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX inbox_handled_at_idx');
    await queryRunner.query('DROP INDEX outbox_sent_at_idx');
  }
}
