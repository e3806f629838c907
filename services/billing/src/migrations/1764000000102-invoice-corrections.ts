import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A returned invoice is corrected by a new report of its month: its charges are reversed by movements of
 * their own (`charge_reversal` back to the certificate, a `reservation` holding the money for the
 * enrolment again, both naming the reversed invoice) and a new invoice replaces it. Each month of an
 * enrolment then has one live charge, and each invoice charges and reverses an enrolment once.
 */
export class InvoiceCorrections1764000000102 implements MigrationInterface {
  name = 'InvoiceCorrections1764000000102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE invoices
        ADD COLUMN corrected_at timestamptz CHECK (corrected_at IS NULL OR status = 'returned'),
        ADD COLUMN replaces_invoice_id uuid UNIQUE REFERENCES invoices (invoice_id),
        DROP CONSTRAINT invoices_provider_id_municipality_code_month_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invoices_current_uq ON invoices (provider_id, municipality_code, month) WHERE corrected_at IS NULL`,
    );

    await queryRunner.query(`
      ALTER TABLE monthly_charges
        ADD COLUMN reversed boolean NOT NULL DEFAULT false,
        DROP CONSTRAINT monthly_charges_pkey,
        ADD PRIMARY KEY (enrollment_id, month, invoice_id)`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX monthly_charges_live_uq ON monthly_charges (enrollment_id, month) WHERE NOT reversed',
    );

    await queryRunner.query('ALTER TABLE account_movements ADD COLUMN invoice_id uuid REFERENCES invoices (invoice_id)');
    await queryRunner.query(`
      UPDATE account_movements m SET invoice_id = mc.invoice_id FROM monthly_charges mc
      WHERE m.enrollment_id = mc.enrollment_id AND m.month = mc.month AND m.kind IN ('release', 'charge')`);
    await queryRunner.query(`
      ALTER TABLE account_movements
        DROP CONSTRAINT account_movements_kind_check,
        ADD CONSTRAINT account_movements_kind_check
          CHECK (kind IN ('opening', 'reservation', 'release', 'charge', 'charge_reversal', 'period_close')),
        ADD CONSTRAINT account_movements_reversal_check
          CHECK (kind <> 'charge_reversal' OR (amount_kopecks >= 0 AND invoice_id IS NOT NULL AND enrollment_id IS NOT NULL))`);
    await queryRunner.query('DROP INDEX account_movements_reservation_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_reservation_once ON account_movements (enrollment_id)
       WHERE kind = 'reservation' AND invoice_id IS NULL`,
    );
    await queryRunner.query('DROP INDEX account_movements_month_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_invoice_once ON account_movements (enrollment_id, kind, invoice_id)
       WHERE invoice_id IS NOT NULL AND month IS NOT NULL`,
    );
    // the final release of an enrolment's hold: once, and once more after each reversal held money again
    await queryRunner.query('DROP INDEX account_movements_release_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_release_once ON account_movements (enrollment_id, invoice_id) NULLS NOT DISTINCT
       WHERE kind = 'release' AND month IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX account_movements_release_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_release_once ON account_movements (enrollment_id)
       WHERE kind = 'release' AND month IS NULL`,
    );
    await queryRunner.query('DROP INDEX account_movements_invoice_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_month_once ON account_movements (enrollment_id, kind, month)
       WHERE enrollment_id IS NOT NULL AND month IS NOT NULL`,
    );
    await queryRunner.query('DROP INDEX account_movements_reservation_once');
    await queryRunner.query(
      `CREATE UNIQUE INDEX account_movements_reservation_once ON account_movements (enrollment_id) WHERE kind = 'reservation'`,
    );
    await queryRunner.query(`
      ALTER TABLE account_movements
        DROP CONSTRAINT account_movements_reversal_check,
        DROP CONSTRAINT account_movements_kind_check,
        ADD CONSTRAINT account_movements_kind_check
          CHECK (kind IN ('opening', 'reservation', 'release', 'charge', 'period_close')),
        DROP COLUMN invoice_id`);
    await queryRunner.query('DROP INDEX monthly_charges_live_uq');
    await queryRunner.query(
      'ALTER TABLE monthly_charges DROP CONSTRAINT monthly_charges_pkey, ADD PRIMARY KEY (enrollment_id, month), DROP COLUMN reversed',
    );
    await queryRunner.query('DROP INDEX invoices_current_uq');
    await queryRunner.query(`
      ALTER TABLE invoices
        ADD CONSTRAINT invoices_provider_id_municipality_code_month_key UNIQUE (provider_id, municipality_code, month),
        DROP COLUMN replaces_invoice_id,
        DROP COLUMN corrected_at`);
  }
}
