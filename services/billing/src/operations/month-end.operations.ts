import { randomUUID } from 'node:crypto';
import { coPaymentCharged, INVOICE_EVENT_MAX_LINES, invoiceIssued, publishSelected } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { type BillingMonth, nextMonthStart } from '../domain/month';
import { monthEndDuration } from './month-end.metrics';

export interface MonthEndScope {
  month: BillingMonth;
  /** only this provider's reports (the provider's own report); every provider when absent (the scheduled run) */
  providerId?: string;
  /** who issues the invoices: the reporting person; null for the scheduled run */
  issuedBy?: string | null;
}

export interface MonthEndResult {
  invoices: number;
  charges: number;
  coPaymentNotices: number;
  releasedEnrollments: number;
  /** seconds each step took, for the run's log line */
  stepSeconds: Record<string, number>;
}

/** Runs a step of the month end and notes how long it took. */
async function step<T>(steps: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    steps[name] = Math.round(performance.now() - started) / 1000;
  }
}

/** Month-end work on one month runs one transaction at a time (the lock is re-entrant and held to commit). */
export async function lockMonth(manager: EntityManager, month: BillingMonth): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('billing.month-end'), hashtext($1))`, [month.firstDay]);
}

/**
 * The month end, set-based: the reported and not yet charged enrolments of the month are charged (the
 * certificate pays `LEAST(price, held)` out of the enrolment's reservation — `monthShare` — and the parent
 * the rest), one invoice per provider and municipality is issued with the advances settled against it,
 * reservations of enrolments that have ended are given back, and the events go to the outbox. Each month
 * of an enrolment is charged once (primary key), so a second run finds nothing to do and changes nothing.
 * Runs of the same month are serialized by an advisory lock.
 */
export async function runMonthEnd(manager: EntityManager, scope: MonthEndScope): Promise<MonthEndResult> {
  const timer = monthEndDuration.startTimer({ scope: scope.providerId ? 'provider' : 'all' });
  const result = await chargeMonth(manager, scope);
  timer();
  return result;
}

async function chargeMonth(manager: EntityManager, scope: MonthEndScope): Promise<MonthEndResult> {
  const { firstDay } = scope.month;
  const providerId = scope.providerId ?? null;
  const runId = randomUUID();
  const steps: Record<string, number> = {};
  await step(steps, 'lock', () => lockMonth(manager, scope.month));
  // the regional run sorts and hashes 150 000 lines: in memory, not in temporary files
  await manager.query(`SET LOCAL work_mem = '64MB'`);

  await step(steps, 'due', async () => {
    await manager.query(`
    CREATE TEMP TABLE due_charges (
      enrollment_id uuid PRIMARY KEY, certificate_id uuid, provider_id uuid, municipality_code text,
      price_kopecks bigint, certificate_kopecks bigint
    ) ON COMMIT DROP`);
    // what each reported enrolment still holds: its reservation net of the releases so far; the certificates'
    // status and municipality in the month are looked up for all of them at once
    await manager.query(
      `INSERT INTO due_charges
       WITH reported AS MATERIALIZED (
         SELECT e.enrollment_id, e.certificate_id, e.provider_id, e.monthly_price_kopecks, e.months
         FROM month_reports r JOIN enrollments e ON e.enrollment_id = r.enrollment_id
         WHERE r.month = $1 AND ($2::uuid IS NULL OR r.provider_id = $2)
           AND enrollment_month_chargeable(e.status, enrollment_runs_from(e.accepted_on, e.starts_on), e.ends_on, e.months, $1)
       ), candidates AS (SELECT array_agg(DISTINCT certificate_id) AS ids FROM reported)
       SELECT e.enrollment_id, e.certificate_id, e.provider_id, c.municipality_code, e.monthly_price_kopecks,
              LEAST(e.monthly_price_kopecks, GREATEST(coalesce(h.held, 0), 0))
       FROM reported e
       -- the municipality the certificate belonged to that month pays for it
       JOIN certificate_municipalities_in_month($1, (SELECT ids FROM candidates)) c USING (certificate_id)
       JOIN certificates_active_in_month($1, (SELECT ids FROM candidates)) a (certificate_id) USING (certificate_id)
       LEFT JOIN (
         SELECT m.enrollment_id, -sum(m.amount_kopecks) AS held FROM account_movements m
         WHERE m.kind IN ('reservation', 'release') AND m.enrollment_id IN (SELECT enrollment_id FROM reported)
         GROUP BY m.enrollment_id
       ) h ON h.enrollment_id = e.enrollment_id
       LEFT JOIN (
         SELECT mc.enrollment_id, count(*) AS charged, bool_or(mc.month = $1) AS this_month FROM monthly_charges mc
         WHERE NOT mc.reversed AND mc.enrollment_id IN (SELECT enrollment_id FROM reported)
         GROUP BY mc.enrollment_id
       ) mc ON mc.enrollment_id = e.enrollment_id
       WHERE coalesce(mc.charged, 0) < e.months AND NOT coalesce(mc.this_month, false)
         AND NOT EXISTS (SELECT 1 FROM invoices i
                         WHERE i.provider_id = e.provider_id AND i.municipality_code = c.municipality_code AND i.month = $1
                           AND i.corrected_at IS NULL)`,
      [firstDay, providerId],
    );
    await manager.query('ANALYZE due_charges');
  });

  await step(steps, 'invoices', async () => {
    await manager.query(
      `INSERT INTO invoices (number, provider_id, municipality_code, month, line_count, total_price_kopecks,
                           certificate_total_kopecks, co_payment_total_kopecks, advance_kopecks, issued_by, run_id)
     SELECT d.municipality_code || '/' || to_char($1::date, 'YYYY-MM') || '/' || lpad(nextval('invoice_number_seq')::text, 6, '0'),
            d.provider_id, d.municipality_code, $1, d.lines, d.price, d.certificate, d.price - d.certificate,
            LEAST(d.certificate, coalesce((SELECT sum(a.amount_kopecks) FROM advance_payments a
                                           WHERE a.provider_id = d.provider_id AND a.municipality_code = d.municipality_code
                                             AND a.month = $1 AND a.invoice_id IS NULL), 0)),
            $2, $3
     FROM (SELECT provider_id, municipality_code, count(*) AS lines, sum(price_kopecks) AS price,
                  sum(certificate_kopecks) AS certificate
           FROM due_charges GROUP BY provider_id, municipality_code) d`,
      [firstDay, scope.issuedBy ?? null, runId],
    );
    await manager.query(
      `UPDATE advance_payments a SET invoice_id = i.invoice_id FROM invoices i
     WHERE i.run_id = $1 AND a.invoice_id IS NULL
       AND a.provider_id = i.provider_id AND a.municipality_code = i.municipality_code AND a.month = i.month`,
      [runId],
    );
  });
  const [{ charges }]: { charges: number }[] = await step(steps, 'charges', () =>
    manager.query(
      `WITH charged AS (
       INSERT INTO monthly_charges (enrollment_id, month, certificate_id, invoice_id, price_kopecks, certificate_kopecks, co_payment_kopecks)
       SELECT d.enrollment_id, $1, d.certificate_id, i.invoice_id, d.price_kopecks, d.certificate_kopecks,
              d.price_kopecks - d.certificate_kopecks
       FROM due_charges d
       JOIN invoices i ON i.run_id = $2 AND i.provider_id = d.provider_id AND i.municipality_code = d.municipality_code
       RETURNING 1)
     SELECT count(*)::int AS charges FROM charged`,
      [firstDay, runId],
    ),
  );
  // the charge spends what the reservation held: a release and a charge of the same amount, balance unchanged
  await step(steps, 'movements', () =>
    manager.query(
      `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id, month, invoice_id)
     SELECT d.certificate_id, k.kind, k.sign * d.certificate_kopecks, d.enrollment_id, $1, i.invoice_id
     FROM due_charges d
     JOIN invoices i ON i.run_id = $2 AND i.provider_id = d.provider_id AND i.municipality_code = d.municipality_code
     CROSS JOIN (VALUES ('release', 1), ('charge', -1)) AS k (kind, sign)
     WHERE d.certificate_kopecks > 0
     ORDER BY d.certificate_id`,
      [firstDay, runId],
    ),
  );

  const releasedEnrollments = await step(steps, 'releases', () => releaseEnded(manager, firstDay, providerId));

  const coPaymentNotices = await step(steps, 'coPaymentEvents', () =>
    publishSelected(
      manager,
      coPaymentCharged,
      `SELECT e.enrollment_id AS aggregate_id,
            jsonb_strip_nulls(jsonb_build_object(
              'enrollmentId', e.enrollment_id, 'parentUserId', e.parent_user_id, 'childId', e.child_id,
              'providerId', e.provider_id, 'month', to_char($1::date, 'YYYY-MM'), 'priceKopecks', d.price_kopecks,
              'certificateShareKopecks', d.certificate_kopecks, 'coPaymentKopecks', d.price_kopecks - d.certificate_kopecks,
              'programTitle', e.program_title)) AS data
     FROM due_charges d JOIN enrollments e ON e.enrollment_id = d.enrollment_id
     WHERE d.price_kopecks > d.certificate_kopecks AND e.parent_user_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM monthly_charges r
                       WHERE r.enrollment_id = d.enrollment_id AND r.month = $1 AND r.reversed
                         AND r.co_payment_kopecks = d.price_kopecks - d.certificate_kopecks)
     ORDER BY e.enrollment_id`,
      [firstDay],
    ),
  );
  // the lines are gathered once for all invoices of the run (a hash join), not invoice by invoice
  const invoices = await step(steps, 'invoiceEvents', () =>
    publishSelected(
      manager,
      invoiceIssued,
      `SELECT i.invoice_id AS aggregate_id,
            jsonb_build_object(
              'invoiceId', i.invoice_id, 'number', i.number, 'providerId', i.provider_id,
              'municipalityCode', i.municipality_code, 'month', to_char(i.month, 'YYYY-MM'),
              'issuedOn', to_char(i.issued_at AT TIME ZONE 'Asia/Novokuznetsk', 'YYYY-MM-DD'),
              'lineCount', i.line_count, 'totalPriceKopecks', i.total_price_kopecks,
              'certificateTotalKopecks', i.certificate_total_kopecks, 'coPaymentTotalKopecks', i.co_payment_total_kopecks,
              'advanceKopecks', i.advance_kopecks, 'dueKopecks', i.certificate_total_kopecks - i.advance_kopecks)
            || CASE WHEN i.line_count > $2 THEN '{}'::jsonb ELSE jsonb_build_object('lines', l.lines) END AS data
     FROM invoices i
     LEFT JOIN (
       SELECT d.provider_id, d.municipality_code,
              jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                'enrollmentId', d.enrollment_id, 'certificateNumber', c.number, 'priceKopecks', d.price_kopecks,
                'certificateShareKopecks', d.certificate_kopecks, 'coPaymentKopecks', d.price_kopecks - d.certificate_kopecks))
                ORDER BY c.number, d.enrollment_id) AS lines
       FROM due_charges d JOIN certificates c ON c.certificate_id = d.certificate_id
       GROUP BY d.provider_id, d.municipality_code
       HAVING count(*) <= $2
     ) l ON l.provider_id = i.provider_id AND l.municipality_code = i.municipality_code
     WHERE i.run_id = $1 ORDER BY i.number`,
      [runId, INVOICE_EVENT_MAX_LINES],
    ),
  );
  await manager.query('DROP TABLE due_charges');
  return { invoices, charges, coPaymentNotices, releasedEnrollments, stepSeconds: steps };
}

/**
 * An enrolment is funded until its end, its program's length or its school year's end, whichever comes
 * first (a parent who leaves keeps paying until then): what it still holds is given back once its last
 * month is charged (or the month after, when the provider did not report that month). Money a correction
 * held again after that is given back the same way, its release naming the reversed invoice that held it
 * (one release per hold, by a unique index). Returns how many.
 */
async function releaseEnded(manager: EntityManager, firstDay: string, providerId: string | null): Promise<number> {
  await manager.query(
    `CREATE TEMP TABLE due_releases ON COMMIT DROP AS
     SELECT e.enrollment_id, e.certificate_id, -sum(m.amount_kopecks) AS held,
            (SELECT h.invoice_id FROM account_movements h
             WHERE h.enrollment_id = e.enrollment_id AND h.kind = 'reservation' AND h.invoice_id IS NOT NULL
             ORDER BY h.created_at DESC, h.id DESC LIMIT 1) AS hold_invoice_id
     FROM enrollments e
     JOIN account_movements m ON m.enrollment_id = e.enrollment_id AND m.kind IN ('reservation', 'release')
     CROSS JOIN LATERAL (SELECT enrollment_funded_until(enrollment_runs_from(e.accepted_on, e.starts_on), e.ends_on, e.months) AS until) f
     WHERE e.status <> 'requested' AND ($3::uuid IS NULL OR e.provider_id = $3)
       AND (f.until <= $1::date
            OR (f.until <= $2::date AND EXISTS (SELECT 1 FROM monthly_charges mc
                                                WHERE mc.enrollment_id = e.enrollment_id AND mc.month = $1 AND NOT mc.reversed)))
     GROUP BY e.enrollment_id, e.certificate_id
     HAVING -sum(m.amount_kopecks) > 0`,
    [firstDay, nextMonthStart(firstDay), providerId],
  );
  await manager.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id, invoice_id)
     SELECT certificate_id, 'release', held, enrollment_id, hold_invoice_id FROM due_releases`,
  );
  await manager.query(
    `UPDATE certificate_accounts a SET balance_kopecks = a.balance_kopecks + r.held
     FROM (SELECT certificate_id, sum(held) AS held FROM due_releases GROUP BY certificate_id) r
     WHERE a.certificate_id = r.certificate_id`,
  );
  const [{ released }]: { released: number }[] = await manager.query('SELECT count(*)::int AS released FROM due_releases');
  await manager.query('DROP TABLE due_releases');
  return released;
}

/**
 * Reverses the charges of returned invoices that a new report of their month corrects: per charged line a
 * `charge_reversal` gives the certificate share back and a `reservation` holds it for the enrolment again
 * (balance unchanged, what the enrolment holds restored exactly; no movement is deleted), the lines are
 * marked reversed, the invoice corrected, its advances freed for the new invoice, and the month's report
 * of those invoices cleared for the new one. The caller holds the month lock. Returns the reversed lines.
 */
export async function reverseReturnedInvoices(
  manager: EntityManager,
  month: BillingMonth,
  invoiceIds: string[],
): Promise<number> {
  if (invoiceIds.length === 0) return 0;
  await manager.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id, month, invoice_id)
     SELECT mc.certificate_id, k.kind, k.sign * mc.certificate_kopecks, mc.enrollment_id, mc.month, mc.invoice_id
     FROM monthly_charges mc CROSS JOIN (VALUES ('charge_reversal', 1), ('reservation', -1)) AS k (kind, sign)
     WHERE mc.invoice_id = ANY($1::uuid[]) AND NOT mc.reversed AND mc.certificate_kopecks > 0
     ORDER BY mc.certificate_id`,
    [invoiceIds],
  );
  const [, reversed]: [unknown[], number] = await manager.query(
    'UPDATE monthly_charges SET reversed = true WHERE invoice_id = ANY($1::uuid[]) AND NOT reversed',
    [invoiceIds],
  );
  await manager.query(
    `DELETE FROM month_reports r USING monthly_charges mc
     WHERE mc.invoice_id = ANY($1::uuid[]) AND r.enrollment_id = mc.enrollment_id AND r.month = $2`,
    [invoiceIds, month.firstDay],
  );
  await manager.query('UPDATE advance_payments SET invoice_id = NULL WHERE invoice_id = ANY($1::uuid[])', [invoiceIds]);
  await manager.query(
    `UPDATE invoices SET corrected_at = now() WHERE invoice_id = ANY($1::uuid[]) AND status = 'returned' AND corrected_at IS NULL`,
    [invoiceIds],
  );
  return reversed;
}

/** Links each invoice a correction issued to the returned invoice it replaces. */
export async function linkCorrections(manager: EntityManager, invoiceIds: string[]): Promise<void> {
  await manager.query(
    `UPDATE invoices n SET replaces_invoice_id = o.invoice_id FROM invoices o
     WHERE o.invoice_id = ANY($1::uuid[]) AND n.corrected_at IS NULL AND n.replaces_invoice_id IS NULL
       AND n.provider_id = o.provider_id AND n.municipality_code = o.municipality_code AND n.month = o.month`,
    [invoiceIds],
  );
}
