import { certificateAccountingOnly, certificateAccountOpened, publishSelected } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { periodStartFor } from '../domain/period';
import { DEFAULT_GROUP_NAME } from '../domain/normative.rules';

export interface PeriodRollover {
  periodStart: string;
  financed: number;
  accountingOnly: number;
}

/**
 * Opens the school year that contains `today` for every active certificate whose account is still in an
 * earlier one and whose municipality has set the year's normative (the others wait for it: the scheduled
 * run and setting the normative both call this), set-based: what was left unused is closed (it does not carry over) and the account opens
 * with the new normative while the quota and budget have room — places go first to certificates that were
 * financing, in the order they were opened, with the same rule as `financingRefusal`. Reservations of
 * running enrolments stay held: that money is committed under contracts. Returns null when there was
 * nothing to open (a second run).
 */
export async function rollOverPeriod(
  manager: EntityManager,
  today: string,
  municipalityCode: string | null = null,
): Promise<PeriodRollover | null> {
  const periodStart = periodStartFor(new Date(`${today}T00:00:00Z`));
  await manager.query(
    'SELECT 1 FROM normatives WHERE period_start = $1 AND ($2::text IS NULL OR municipality_code = $2) FOR UPDATE',
    [periodStart, municipalityCode],
  );
  await manager.query(
    `CREATE TEMP TABLE rollover ON COMMIT DROP AS
     WITH candidates AS (
       SELECT a.certificate_id, a.balance_kopecks, a.period_start AS old_period, n.id AS normative_id,
              n.amount_kopecks, n.quota, n.budget_kopecks,
              row_number() OVER (PARTITION BY n.id ORDER BY a.accounting_only_reason IS NOT NULL, a.opened_at, a.certificate_id) AS place
       FROM certificate_accounts a
       JOIN certificates c ON c.certificate_id = a.certificate_id AND c.status = 'active'
       JOIN normatives n ON n.municipality_code = c.municipality_code AND n.group_name = $2 AND n.period_start = $1
       WHERE a.period_start < $1 AND ($3::text IS NULL OR c.municipality_code = $3)
     ), taken AS (
       SELECT normative_id, count(*) AS financed, sum(opened_with_kopecks) AS committed FROM certificate_accounts
       WHERE period_start = $1 AND accounting_only_reason IS NULL GROUP BY normative_id
     )
     SELECT c.certificate_id, c.balance_kopecks, c.old_period, c.normative_id, c.amount_kopecks,
            CASE WHEN coalesce(t.financed, 0) + c.place > c.quota THEN 'QUOTA_EXHAUSTED'
                 WHEN coalesce(t.committed, 0) + c.place * c.amount_kopecks > c.budget_kopecks THEN 'BUDGET_EXHAUSTED'
            END AS reason
     FROM candidates c LEFT JOIN taken t ON t.normative_id = c.normative_id`,
    [periodStart, DEFAULT_GROUP_NAME, municipalityCode],
  );
  const [{ count }]: { count: number }[] = await manager.query('SELECT count(*)::int AS count FROM rollover');
  if (count === 0) {
    await manager.query('DROP TABLE rollover');
    return null;
  }
  await manager.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, month)
     SELECT certificate_id, 'period_close', -balance_kopecks, old_period FROM rollover WHERE balance_kopecks > 0`,
  );
  await manager.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, month)
     SELECT certificate_id, 'opening', amount_kopecks, $1 FROM rollover WHERE reason IS NULL AND amount_kopecks > 0`,
    [periodStart],
  );
  await manager.query(
    `UPDATE certificate_accounts a
     SET period_start = $1, normative_id = r.normative_id, accounting_only_reason = r.reason, opened_at = now(),
         opened_with_kopecks = CASE WHEN r.reason IS NULL THEN r.amount_kopecks ELSE 0 END,
         balance_kopecks = CASE WHEN r.reason IS NULL THEN r.amount_kopecks ELSE 0 END
     FROM rollover r WHERE a.certificate_id = r.certificate_id`,
    [periodStart],
  );
  const financed = await publishSelected(
    manager,
    certificateAccountOpened,
    `SELECT certificate_id AS aggregate_id,
            jsonb_build_object('certificateId', certificate_id, 'balanceKopecks', amount_kopecks, 'periodStart', $1::text) AS data
     FROM rollover WHERE reason IS NULL ORDER BY certificate_id`,
    [periodStart],
  );
  const accountingOnly = await publishSelected(
    manager,
    certificateAccountingOnly,
    `SELECT certificate_id AS aggregate_id,
            jsonb_build_object('certificateId', certificate_id, 'periodStart', $1::text, 'reason', reason) AS data
     FROM rollover WHERE reason IS NOT NULL ORDER BY certificate_id`,
    [periodStart],
  );
  await manager.query('DROP TABLE rollover');
  return { periodStart, financed, accountingOnly };
}
