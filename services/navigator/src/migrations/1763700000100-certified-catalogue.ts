import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertifiedCatalogue1763700000100 implements MigrationInterface {
  name = 'CertifiedCatalogue1763700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // Providers registered before tax ids were kept have none; every new registration must give them.
    await queryRunner.query(`
      ALTER TABLE providers
        ADD COLUMN inn text CHECK (inn ~ '^([0-9]{10}|[0-9]{12})$'),
        ADD COLUMN ogrn text CHECK (ogrn ~ '^([0-9]{13}|[0-9]{15})$'),
        ADD COLUMN licence_number text,
        ADD COLUMN addresses text[] NOT NULL DEFAULT '{}',
        ADD COLUMN phone text,
        ADD COLUMN email text,
        ADD COLUMN website text,
        ADD COLUMN status text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved')),
        ADD COLUMN approved_by uuid,
        ADD COLUMN approved_at timestamptz`);
    await queryRunner.query(`ALTER TABLE providers ALTER COLUMN status SET DEFAULT 'pending'`);
    await queryRunner.query('CREATE UNIQUE INDEX providers_inn_key ON providers (inn)');

    // Existing rows get neutral values; new programs must state every field.
    await queryRunner.query(`
      ALTER TABLE programs
        ADD COLUMN registry text NOT NULL DEFAULT 'other' CHECK (registry IN ('certified', 'significant', 'pre_professional', 'other')),
        ADD COLUMN address text NOT NULL DEFAULT '',
        ADD COLUMN format text NOT NULL DEFAULT 'in_person' CHECK (format IN ('in_person', 'remote')),
        ADD COLUMN duration_months int NOT NULL DEFAULT 9 CHECK (duration_months BETWEEN 1 AND 36),
        ADD COLUMN hours int NOT NULL DEFAULT 72 CHECK (hours > 0),
        ADD COLUMN needs_medical_certificate boolean NOT NULL DEFAULT false,
        ADD COLUMN suits_disabilities boolean NOT NULL DEFAULT false,
        ADD COLUMN idempotency_key text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', description), 'B')
        ) STORED`);
    for (const column of ['registry', 'address', 'format', 'duration_months', 'hours']) {
      await queryRunner.query(`ALTER TABLE programs ALTER COLUMN ${column} DROP DEFAULT`);
    }
    await queryRunner.query('ALTER TABLE programs DROP CONSTRAINT programs_min_age_check, DROP CONSTRAINT programs_check');
    await queryRunner.query(
      'ALTER TABLE programs ADD CONSTRAINT programs_age_range_check CHECK (min_age >= 5 AND max_age <= 18 AND min_age <= max_age)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX programs_provider_idempotency_key ON programs (provider_id, idempotency_key)');
    await queryRunner.query('CREATE INDEX programs_provider_idx ON programs (provider_id)');
    await queryRunner.query(`CREATE INDEX programs_review_queue_idx ON programs (municipality_code) WHERE status = 'on_review'`);
    await queryRunner.query('CREATE INDEX programs_search_vector_idx ON programs USING gin (search_vector)');
    await queryRunner.query('CREATE INDEX programs_title_trgm_idx ON programs USING gin (title gin_trgm_ops)');

    await queryRunner.query(`
      CREATE TABLE program_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES programs(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        teacher text NOT NULL,
        days_of_week smallint[] NOT NULL CHECK (cardinality(days_of_week) > 0 AND days_of_week <@ '{1,2,3,4,5,6,7}'),
        start_time time NOT NULL,
        end_time time NOT NULL CHECK (end_time > start_time),
        seats int NOT NULL CHECK (seats >= 1),
        seats_taken int NOT NULL DEFAULT 0 CHECK (seats_taken >= 0 AND seats_taken <= seats),
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date > start_date),
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX program_groups_program_idx ON program_groups (program_id)');
    await queryRunner.query(
      'CREATE UNIQUE INDEX program_groups_provider_idempotency_key ON program_groups (provider_id, idempotency_key)',
    );

    await queryRunner.query(`
      CREATE TABLE program_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES programs(id),
        reviewer_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approved', 'returned')),
        remarks text CHECK (decision = 'approved' OR length(trim(remarks)) > 0),
        reviewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX program_reviews_program_idx ON program_reviews (program_id, reviewed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE program_reviews');
    await queryRunner.query('DROP TABLE program_groups');
    await queryRunner.query(
      'DROP INDEX programs_title_trgm_idx, programs_search_vector_idx, programs_review_queue_idx, programs_provider_idx, programs_provider_idempotency_key',
    );
    await queryRunner.query('ALTER TABLE programs DROP CONSTRAINT programs_age_range_check');
    await queryRunner.query(`
      ALTER TABLE programs
        DROP COLUMN search_vector, DROP COLUMN updated_at, DROP COLUMN idempotency_key, DROP COLUMN suits_disabilities,
        DROP COLUMN needs_medical_certificate, DROP COLUMN hours, DROP COLUMN duration_months, DROP COLUMN format,
        DROP COLUMN address, DROP COLUMN registry`);
    await queryRunner.query(`
      ALTER TABLE programs
        ADD CONSTRAINT programs_min_age_check CHECK (min_age BETWEEN 0 AND 18),
        ADD CONSTRAINT programs_check CHECK (max_age BETWEEN 0 AND 18 AND max_age >= min_age)`);
    await queryRunner.query('DROP INDEX providers_inn_key');
    await queryRunner.query(`
      ALTER TABLE providers
        DROP COLUMN approved_at, DROP COLUMN approved_by, DROP COLUMN status, DROP COLUMN website, DROP COLUMN email,
        DROP COLUMN phone, DROP COLUMN addresses, DROP COLUMN licence_number, DROP COLUMN ogrn, DROP COLUMN inn`);
  }
}
