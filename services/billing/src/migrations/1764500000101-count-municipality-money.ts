import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The region overview reads each municipality's school year from a counter table instead of every account,
 * enrolment and movement. Each account carries what it holds and how many accepted enrolments it has, kept by
 * triggers on the ledger and the enrolments under the account row's own lock; the counters then follow from
 * the accounts' old and new rows alone, so two transactions can't both count one account. Counter triggers
 * only append net changes (no shared row to wait or deadlock on); a periodic run folds them.
 */
export class CountMunicipalityMoney1764500000101 implements MigrationInterface {
  name = 'CountMunicipalityMoney1764500000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE certificate_accounts
        ADD COLUMN reserved_kopecks bigint NOT NULL DEFAULT 0,
        ADD COLUMN accepted_enrollments integer NOT NULL DEFAULT 0 CHECK (accepted_enrollments >= 0)`);
    await queryRunner.query(`
      UPDATE certificate_accounts a SET reserved_kopecks = m.reserved FROM (
        SELECT certificate_id, -sum(amount_kopecks) AS reserved FROM account_movements
        WHERE kind IN ('reservation', 'release') GROUP BY 1
      ) m WHERE m.certificate_id = a.certificate_id`);
    await queryRunner.query(`
      UPDATE certificate_accounts a SET accepted_enrollments = e.accepted FROM (
        SELECT certificate_id, count(*) AS accepted FROM enrollments WHERE status = 'accepted' GROUP BY 1
      ) e WHERE e.certificate_id = a.certificate_id`);

    await queryRunner.query(`
      CREATE TABLE municipality_counts (
        municipality_code text NOT NULL,
        period_start date NOT NULL,
        accounts integer NOT NULL DEFAULT 0,
        financed integer NOT NULL DEFAULT 0,
        enrolled integer NOT NULL DEFAULT 0,
        committed_kopecks bigint NOT NULL DEFAULT 0,
        reserved_kopecks bigint NOT NULL DEFAULT 0,
        charged_kopecks bigint NOT NULL DEFAULT 0
      )`);
    await queryRunner.query('CREATE INDEX municipality_counts_period_idx ON municipality_counts (period_start)');
    // a municipality's page reads its own accounts of the year, not all of them
    await queryRunner.query(
      'CREATE INDEX certificate_accounts_municipality_idx ON certificate_accounts (municipality_code, period_start)',
    );

    const functions = {
      hold_reservations: (rows: string) => `
        UPDATE certificate_accounts a SET reserved_kopecks = a.reserved_kopecks + d.n FROM (
          SELECT certificate_id, -sum(sign * amount_kopecks) AS n FROM (${rows}) m
          WHERE kind IN ('reservation', 'release') GROUP BY 1 HAVING sum(sign * amount_kopecks) <> 0
        ) d WHERE a.certificate_id = d.certificate_id`,
      count_accepted_enrollments: (rows: string) => `
        UPDATE certificate_accounts a SET accepted_enrollments = a.accepted_enrollments + d.n FROM (
          SELECT certificate_id, sum(sign) AS n FROM (${rows}) e WHERE status = 'accepted' GROUP BY 1 HAVING sum(sign) <> 0
        ) d WHERE a.certificate_id = d.certificate_id`,
      // an account counts where and when it is; a financing one is enrolled while it has an accepted enrolment
      count_accounts: (rows: string) => `
        INSERT INTO municipality_counts (municipality_code, period_start, accounts, financed, enrolled, committed_kopecks, reserved_kopecks)
        SELECT municipality_code, period_start, sum(sign), sum(sign * financed), sum(sign * enrolled), sum(sign * opened_with_kopecks),
               sum(sign * reserved_kopecks)
        FROM (
          SELECT *, (accounting_only_reason IS NULL)::int AS financed,
                 (accounting_only_reason IS NULL AND accepted_enrollments > 0)::int AS enrolled FROM (${rows}) r
        ) a GROUP BY 1, 2
        HAVING sum(sign) <> 0 OR sum(sign * financed) <> 0 OR sum(sign * enrolled) <> 0 OR sum(sign * opened_with_kopecks) <> 0
            OR sum(sign * reserved_kopecks) <> 0`,
      // a charge counts for the invoice's municipality in the school year of its month, until it is reversed
      count_charges: (rows: string) => `
        INSERT INTO municipality_counts (municipality_code, period_start, charged_kopecks)
        SELECT i.municipality_code, make_date(extract(year FROM c.month)::int - (extract(month FROM c.month) < 9)::int, 9, 1),
               sum(c.sign * c.certificate_kopecks)
        FROM (${rows}) c JOIN invoices i USING (invoice_id) WHERE NOT c.reversed
        GROUP BY 1, 2 HAVING sum(c.sign * c.certificate_kopecks) <> 0`,
    };
    // a trigger sees only the transition tables of its own event, so each function has a branch per event
    for (const [name, statement] of Object.entries(functions)) {
      await queryRunner.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN ${statement('SELECT *, 1 AS sign FROM new_rows')};
          ELSIF TG_OP = 'DELETE' THEN ${statement('SELECT *, -1 AS sign FROM old_rows')};
          ELSE ${statement('SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows')};
          END IF;
          RETURN NULL;
        END $$`);
    }

    for (const [table, fn] of TRIGGERS) {
      // a trigger with transition tables takes one event, so each table has three
      await queryRunner.query(`CREATE TRIGGER ${fn}_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER ${fn}_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER ${fn}_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    await queryRunner.query(`
      INSERT INTO municipality_counts (municipality_code, period_start, accounts, financed, enrolled, committed_kopecks, reserved_kopecks)
      SELECT municipality_code, period_start, count(*), count(*) FILTER (WHERE accounting_only_reason IS NULL),
             count(*) FILTER (WHERE accounting_only_reason IS NULL AND accepted_enrollments > 0), sum(opened_with_kopecks),
             sum(reserved_kopecks)
      FROM certificate_accounts GROUP BY 1, 2`);
    await queryRunner.query(`
      INSERT INTO municipality_counts (municipality_code, period_start, charged_kopecks)
      SELECT i.municipality_code, make_date(extract(year FROM c.month)::int - (extract(month FROM c.month) < 9)::int, 9, 1),
             sum(c.certificate_kopecks)
      FROM monthly_charges c JOIN invoices i USING (invoice_id) WHERE NOT c.reversed GROUP BY 1, 2`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, fn] of TRIGGERS) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${fn}_${event} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query('DROP INDEX certificate_accounts_municipality_idx');
    await queryRunner.query('DROP TABLE municipality_counts');
    await queryRunner.query('ALTER TABLE certificate_accounts DROP COLUMN reserved_kopecks, DROP COLUMN accepted_enrollments');
  }
}

const TRIGGERS = [
  ['account_movements', 'hold_reservations'],
  ['enrollments', 'count_accepted_enrollments'],
  ['certificate_accounts', 'count_accounts'],
  ['monthly_charges', 'count_charges'],
] as const;
