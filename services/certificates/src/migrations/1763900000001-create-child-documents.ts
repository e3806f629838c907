import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity's documents as certificates needs them: which child a document belongs to, no numbers, no scans.
 * No foreign key to children: a document's event may overtake its child's on another partition.
 */
export class CreateChildDocuments1763900000001 implements MigrationInterface {
  name = 'CreateChildDocuments1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE child_documents (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('birth_certificate', 'passport')),
        source_occurred_at timestamptz NOT NULL
      )`);
    // the same document cannot back two live certificates either
    await queryRunner.query(
      `CREATE UNIQUE INDEX certificates_live_document_uq ON certificates (document_id) WHERE status <> 'terminated'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX certificates_live_document_uq');
    await queryRunner.query('DROP TABLE child_documents');
  }
}
