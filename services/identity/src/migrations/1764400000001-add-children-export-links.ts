import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Download links to the register of children (one use, one minute), and how a streamed export ended in its
 * journal entry: `streaming` until the last row, then `complete` or `aborted`.
 */
export class AddChildrenExportLinks1764400000001 implements MigrationInterface {
  name = 'AddChildrenExportLinks1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE children_export_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id),
        user_roles text[] NOT NULL,
        municipality_code text,
        documents text NOT NULL CHECK (documents IN ('full', 'kind')),
        format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX children_export_links_expires_idx ON children_export_links (expires_at)`);
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN export_outcome text CHECK (export_outcome IN ('streaming', 'complete', 'aborted'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE audit_log DROP COLUMN export_outcome');
    await queryRunner.query('DROP TABLE children_export_links');
  }
}
