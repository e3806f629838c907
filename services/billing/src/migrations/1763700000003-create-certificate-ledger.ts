import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertificateLedger1763700000003 implements MigrationInterface {
  name = 'CreateCertificateLedger1763700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE normative_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        normative_id uuid NOT NULL REFERENCES normatives (id),
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        effective_from date NOT NULL,
        old_amount_kopecks bigint,
        new_amount_kopecks bigint NOT NULL CHECK (new_amount_kopecks >= 0),
        old_quota int,
        new_quota int NOT NULL CHECK (new_quota >= 0),
        old_budget_kopecks bigint,
        new_budget_kopecks bigint NOT NULL CHECK (new_budget_kopecks >= 0)
      )`);
    await queryRunner.query('CREATE INDEX normative_versions_normative_idx ON normative_versions (normative_id, changed_at)');
    await queryRunner.query(`
      CREATE TABLE certificates (
        certificate_id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        group_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'inactive' CHECK (status IN ('inactive', 'active', 'suspended', 'terminated'))
      )`);
    await queryRunner.query(`
      CREATE TABLE certificate_accounts (
        certificate_id uuid PRIMARY KEY REFERENCES certificates (certificate_id),
        municipality_code text NOT NULL,
        normative_id uuid REFERENCES normatives (id),
        period_start date NOT NULL CHECK (extract(month FROM period_start) = 9 AND extract(day FROM period_start) = 1),
        opened_with_kopecks bigint NOT NULL CHECK (opened_with_kopecks >= 0),
        balance_kopecks bigint NOT NULL CHECK (balance_kopecks >= 0),
        accounting_only_reason text CHECK (accounting_only_reason IN ('NO_NORMATIVE', 'QUOTA_EXHAUSTED', 'BUDGET_EXHAUSTED')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        CHECK (accounting_only_reason IS NULL OR (opened_with_kopecks = 0 AND balance_kopecks = 0))
      )`);
    await queryRunner.query(
      'CREATE INDEX certificate_accounts_financed_idx ON certificate_accounts (normative_id) WHERE accounting_only_reason IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE account_movements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certificate_id uuid NOT NULL REFERENCES certificate_accounts (certificate_id),
        kind text NOT NULL CHECK (kind IN ('opening', 'reservation', 'release', 'charge', 'period_close')),
        amount_kopecks bigint NOT NULL,
        enrollment_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'opening' OR amount_kopecks >= 0),
        CHECK (kind NOT IN ('reservation', 'charge') OR amount_kopecks <= 0),
        CHECK (kind <> 'release' OR amount_kopecks >= 0),
        CHECK (kind NOT IN ('reservation', 'release') OR enrollment_id IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX account_movements_certificate_idx ON account_movements (certificate_id, created_at)');
    // one reservation and one release per enrolment, however often its events arrive
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_enrollment_once ON account_movements (enrollment_id, kind) WHERE kind IN ('reservation', 'release')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE account_movements');
    await queryRunner.query('DROP TABLE certificate_accounts');
    await queryRunner.query('DROP TABLE certificates');
    await queryRunner.query('DROP TABLE normative_versions');
  }
}
