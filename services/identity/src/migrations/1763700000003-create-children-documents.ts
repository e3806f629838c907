import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChildrenDocuments1763700000003 implements MigrationInterface {
  name = 'CreateChildrenDocuments1763700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE children (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        last_name text NOT NULL,
        first_name text NOT NULL,
        patronymic text,
        birth_date date NOT NULL,
        sex text NOT NULL CHECK (sex IN ('male', 'female')),
        address text NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        attends_school boolean NOT NULL,
        child_user_id uuid UNIQUE REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX children_municipality_idx ON children (municipality_code)');
    await queryRunner.query(`
      CREATE TABLE child_parents (
        child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        parent_id uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (child_id, parent_id)
      )`);
    await queryRunner.query('CREATE INDEX child_parents_parent_idx ON child_parents (parent_id)');
    await queryRunner.query(`
      CREATE TABLE child_consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        given_by uuid NOT NULL REFERENCES users (id),
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_by uuid REFERENCES users (id),
        withdrawn_at timestamptz,
        CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX child_consents_active_idx ON child_consents (child_id) WHERE withdrawn_at IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE identity_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('birth_certificate', 'passport')),
        series text NOT NULL,
        number text NOT NULL CHECK (number ~ '^[0-9]{6}$'),
        issued_on date NOT NULL,
        issuer text NOT NULL,
        division_code text CHECK (division_code ~ '^[0-9]{3}-[0-9]{3}$'),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'passport') = (division_code IS NOT NULL)),
        UNIQUE (child_id, kind, series, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE document_scans (
        document_id uuid PRIMARY KEY REFERENCES identity_documents (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_user_id uuid NOT NULL,
        actor_roles text[] NOT NULL,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        field text NOT NULL,
        reason text,
        read_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX audit_log_record_idx ON audit_log (record_id, read_at)');
    await queryRunner.query(`
      CREATE TABLE sign_in_failures (
        id bigserial PRIMARY KEY,
        login text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX sign_in_failures_login_idx ON sign_in_failures (login, failed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'sign_in_failures',
      'audit_log',
      'document_scans',
      'identity_documents',
      'child_consents',
      'child_parents',
      'children',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
