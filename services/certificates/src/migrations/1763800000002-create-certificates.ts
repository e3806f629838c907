import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertificates1763800000002 implements MigrationInterface {
  name = 'CreateCertificates1763800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SEQUENCE application_number_seq');
    await queryRunner.query(`
      CREATE TABLE certificate_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE DEFAULT nextval('application_number_seq'),
        child_id uuid NOT NULL REFERENCES children(id),
        applicant_user_id uuid NOT NULL,
        email text,
        entered_by_user_id uuid,
        status text NOT NULL CHECK (status IN ('email_pending', 'email_confirmed', 'certificate_issued')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX certificate_applications_applicant_idx ON certificate_applications (applicant_user_id)',
    );
    await queryRunner.query(`
      CREATE TABLE confirmation_letters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES certificate_applications(id),
        token_hash text NOT NULL UNIQUE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX confirmation_letters_application_idx ON confirmation_letters (application_id, sent_at)',
    );
    // one counter row per municipality: UPDATE … RETURNING takes the row lock, so numbers never repeat
    await queryRunner.query(`
      CREATE TABLE certificate_counters (
        municipality_code text PRIMARY KEY REFERENCES municipalities(code),
        last integer NOT NULL DEFAULT 0 CHECK (last BETWEEN 0 AND 999999)
      )`);
    await queryRunner.query('INSERT INTO certificate_counters (municipality_code) SELECT code FROM municipalities');
    await queryRunner.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE CHECK (number ~ '^42[0-9]{8}$'),
        child_id uuid NOT NULL REFERENCES children(id),
        municipality_code text NOT NULL REFERENCES municipalities(code),
        group_id uuid NOT NULL REFERENCES certificate_groups(id),
        application_id uuid NOT NULL UNIQUE REFERENCES certificate_applications(id),
        document_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('inactive', 'active', 'suspended', 'terminated')),
        checked_documents text[],
        activated_by_user_id uuid,
        activated_at timestamptz,
        termination_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // a child holds at most one live certificate in the whole region
    await queryRunner.query(
      `CREATE UNIQUE INDEX certificates_live_child_uq ON certificates (child_id) WHERE status <> 'terminated'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE certificates');
    await queryRunner.query('DROP TABLE certificate_counters');
    await queryRunner.query('DROP TABLE confirmation_letters');
    await queryRunner.query('DROP TABLE certificate_applications');
    await queryRunner.query('DROP SEQUENCE application_number_seq');
  }
}
