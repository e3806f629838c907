import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The month end: billing's read model of enrolments, the providers' monthly reports, charges, invoices and
 * advance payments. Monthly movements carry their month so that each month is charged once.
 */
export class CreateMonthEnd1763900000101 implements MigrationInterface {
  name = 'CreateMonthEnd1763900000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE certificates ADD COLUMN number text CHECK (number ~ '^42[0-9]{8}$')`);
    await queryRunner.query(`
      CREATE TABLE enrollments (
        enrollment_id uuid PRIMARY KEY,
        certificate_id uuid NOT NULL,
        child_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        monthly_price_kopecks bigint NOT NULL CHECK (monthly_price_kopecks >= 0),
        months int NOT NULL CHECK (months > 0),
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'ended')),
        parent_user_id uuid,
        program_title text,
        starts_on date,
        ends_on date
      )`);
    await queryRunner.query('CREATE INDEX enrollments_provider_idx ON enrollments (provider_id, status)');
    await queryRunner.query(`CREATE INDEX enrollments_ending_idx ON enrollments (ends_on) WHERE status = 'ended'`);

    await queryRunner.query(
      'ALTER TABLE account_movements ADD COLUMN month date CHECK (month IS NULL OR extract(day FROM month) = 1)',
    );
    await queryRunner.query('DROP INDEX account_movements_enrollment_once');
    // one reservation per enrolment; one monthly charge and its release per month; one final release
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_reservation_once ON account_movements (enrollment_id) WHERE kind = 'reservation'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_release_once ON account_movements (enrollment_id)
       WHERE kind = 'release' AND month IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_month_once ON account_movements (enrollment_id, kind, month)
       WHERE enrollment_id IS NOT NULL AND month IS NOT NULL`,
    );
    // a period opens and closes a certificate's account once (month = the period's 1 September)
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_period_once ON account_movements (certificate_id, kind, month)
       WHERE kind IN ('opening', 'period_close') AND month IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX account_movements_enrollment_idx ON account_movements (enrollment_id) WHERE enrollment_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE month_reports (
        enrollment_id uuid NOT NULL REFERENCES enrollments (enrollment_id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        provider_id uuid NOT NULL,
        reported_by uuid,
        reported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrollment_id, month)
      )`);
    await queryRunner.query('CREATE INDEX month_reports_month_idx ON month_reports (month, provider_id)');

    await queryRunner.query('CREATE SEQUENCE invoice_number_seq');
    await queryRunner.query(`
      CREATE TABLE invoices (
        invoice_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        provider_id uuid NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        status text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'approved', 'returned')),
        line_count int NOT NULL CHECK (line_count >= 0),
        total_price_kopecks bigint NOT NULL CHECK (total_price_kopecks >= 0),
        certificate_total_kopecks bigint NOT NULL CHECK (certificate_total_kopecks >= 0),
        co_payment_total_kopecks bigint NOT NULL CHECK (co_payment_total_kopecks >= 0),
        advance_kopecks bigint NOT NULL DEFAULT 0 CHECK (advance_kopecks >= 0 AND advance_kopecks <= certificate_total_kopecks),
        issued_by uuid,
        issued_at timestamptz NOT NULL DEFAULT now(),
        run_id uuid NOT NULL,
        reviewed_by uuid,
        reviewed_at timestamptz,
        review_reason text,
        UNIQUE (provider_id, municipality_code, month),
        CHECK (certificate_total_kopecks + co_payment_total_kopecks = total_price_kopecks),
        CHECK ((status = 'issued') = (reviewed_by IS NULL)),
        CHECK (reviewed_by IS NULL OR issued_by IS NULL OR reviewed_by <> issued_by),
        CHECK (status <> 'returned' OR review_reason IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX invoices_review_idx ON invoices (municipality_code, status, month)');
    await queryRunner.query('CREATE INDEX invoices_run_idx ON invoices (run_id)');

    await queryRunner.query(`
      CREATE TABLE monthly_charges (
        enrollment_id uuid NOT NULL REFERENCES enrollments (enrollment_id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        certificate_id uuid NOT NULL,
        invoice_id uuid NOT NULL REFERENCES invoices (invoice_id),
        price_kopecks bigint NOT NULL CHECK (price_kopecks >= 0),
        certificate_kopecks bigint NOT NULL CHECK (certificate_kopecks >= 0),
        co_payment_kopecks bigint NOT NULL CHECK (co_payment_kopecks >= 0),
        PRIMARY KEY (enrollment_id, month),
        CHECK (certificate_kopecks + co_payment_kopecks = price_kopecks)
      )`);
    await queryRunner.query('CREATE INDEX monthly_charges_invoice_idx ON monthly_charges (invoice_id)');

    await queryRunner.query(`
      CREATE TABLE advance_payments (
        advance_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        amount_kopecks bigint NOT NULL CHECK (amount_kopecks > 0),
        paid_by uuid NOT NULL,
        paid_at timestamptz NOT NULL DEFAULT now(),
        invoice_id uuid REFERENCES invoices (invoice_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX advance_payments_month_idx ON advance_payments (provider_id, municipality_code, month)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE advance_payments');
    await queryRunner.query('DROP TABLE monthly_charges');
    await queryRunner.query('DROP TABLE invoices');
    await queryRunner.query('DROP SEQUENCE invoice_number_seq');
    await queryRunner.query('DROP TABLE month_reports');
    await queryRunner.query('DROP INDEX account_movements_enrollment_idx');
    await queryRunner.query('DROP INDEX account_movements_period_once');
    await queryRunner.query('DROP INDEX account_movements_month_once');
    await queryRunner.query('DROP INDEX account_movements_release_once');
    await queryRunner.query('DROP INDEX account_movements_reservation_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_enrollment_once ON account_movements (enrollment_id, kind) WHERE kind IN ('reservation', 'release')`,
    );
    await queryRunner.query('ALTER TABLE account_movements DROP COLUMN month');
    await queryRunner.query('DROP TABLE enrollments');
    await queryRunner.query('ALTER TABLE certificates DROP COLUMN number');
  }
}
