import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the sender needs (content, schedule, source event) and the read model of applicants' addresses. */
export class AddDelivery1763800000001 implements MigrationInterface {
  name = 'AddDelivery1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notifications
        ADD COLUMN source_event_id uuid,
        ADD COLUMN text_body text NOT NULL DEFAULT '',
        ADD COLUMN html_body text NOT NULL DEFAULT '',
        ADD COLUMN next_attempt_at timestamptz DEFAULT now(),
        ADD COLUMN sent_at timestamptz`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX notifications_source_event_kind_uq ON notifications (source_event_id, kind) WHERE source_event_id IS NOT NULL',
    );
    await queryRunner.query(
      `CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status <> 'sent' AND next_attempt_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE certificate_recipients (
        child_id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        email text NOT NULL,
        source_occurred_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE certificate_recipients');
    await queryRunner.query('DROP INDEX notifications_due_idx');
    await queryRunner.query('DROP INDEX notifications_source_event_kind_uq');
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP COLUMN source_event_id, DROP COLUMN text_body, DROP COLUMN html_body,
        DROP COLUMN next_attempt_at, DROP COLUMN sent_at`);
  }
}
