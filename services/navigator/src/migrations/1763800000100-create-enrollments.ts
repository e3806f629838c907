import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of children and certificates (from identity's and certificates' events), and enrolments. */
export class CreateEnrollments1763800000100 implements MigrationInterface {
  name = 'CreateEnrollments1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE children (
        id uuid PRIMARY KEY,
        parent_ids uuid[] NOT NULL,
        birth_date date NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        source_occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX children_parent_ids_idx ON children USING gin (parent_ids)');
    // A status change may arrive before the issue event is replayed from the dead letters: number and municipality come later then.
    await queryRunner.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        number text NOT NULL,
        municipality_code text CHECK (municipality_code ~ '^[0-9]{2}$'),
        status text NOT NULL CHECK (status IN ('inactive', 'active', 'suspended', 'terminated')),
        status_occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX certificates_child_idx ON certificates (child_id)');
    await queryRunner.query(`
      CREATE TABLE enrollments (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        certificate_id uuid NOT NULL REFERENCES certificates(id),
        program_id uuid NOT NULL REFERENCES programs(id),
        group_id uuid NOT NULL REFERENCES program_groups(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        requested_by uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('awaiting_funds', 'pending_provider', 'accepted', 'rejected', 'declined', 'withdrawn', 'expired')),
        monthly_price_kopecks bigint NOT NULL CHECK (monthly_price_kopecks >= 0),
        months int NOT NULL CHECK (months > 0),
        certificate_share_kopecks bigint CHECK (certificate_share_kopecks >= 0),
        co_payment_kopecks bigint CHECK (co_payment_kopecks >= 0),
        rejection_code text,
        decline_reason text,
        ends_on date,
        idempotency_key text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        pending_since timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'pending_provider' OR pending_since IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX enrollments_live_child_program_uq ON enrollments (child_id, program_id) WHERE status IN ('awaiting_funds', 'pending_provider', 'accepted')`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX enrollments_requester_idempotency_key ON enrollments (requested_by, idempotency_key)',
    );
    await queryRunner.query('CREATE INDEX enrollments_child_idx ON enrollments (child_id, requested_at)');
    await queryRunner.query('CREATE INDEX enrollments_provider_idx ON enrollments (provider_id, status, requested_at)');
    await queryRunner.query(
      `CREATE INDEX enrollments_awaiting_provider_idx ON enrollments (pending_since) WHERE status = 'pending_provider'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE enrollments');
    await queryRunner.query('DROP TABLE certificates');
    await queryRunner.query('DROP TABLE children');
  }
}
