import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Printed documents with the scope that decides who may fetch them, mail attachments, and read models: children
 * (parents and municipality, from identity's events) that scope the application form, and providers' names
 * (from navigator's accepted enrolments) that invoices print.
 */
export class AddDocuments1763900000001 implements MigrationInterface {
  name = 'AddDocuments1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('application_form', 'institutions_list', 'contract', 'invoice')),
        subject_key text NOT NULL,
        owner_user_ids uuid[] NOT NULL DEFAULT '{}',
        municipality_code text,
        provider_id uuid,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT documents_kind_subject_uq UNIQUE (kind, subject_key)
      )`);
    await queryRunner.query('ALTER TABLE notifications ADD COLUMN attachment_document_id uuid REFERENCES documents (id)');
    await queryRunner.query(`
      CREATE TABLE children (
        child_id uuid PRIMARY KEY,
        parent_ids uuid[] NOT NULL,
        municipality_code text NOT NULL,
        source_occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE providers (
        provider_id uuid PRIMARY KEY,
        name text NOT NULL,
        inn text
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE providers');
    await queryRunner.query('DROP TABLE children');
    await queryRunner.query('ALTER TABLE notifications DROP COLUMN attachment_document_id');
    await queryRunner.query('DROP TABLE documents');
  }
}
