import { directionSchema, type Direction } from '@pdo/events';
import { directionLabels, kuzbassDate } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { forecastBudget } from '../domain/budget-forecast.rules';
import { periodEndFor } from '../domain/period';
import { NormativeEntity } from '../entities/normative.entity';

export interface BudgetDirectionRow {
  direction: Direction | null;
  directionLabel: string;
  chargedKopecks: number;
  reservedKopecks: number;
}

interface Totals {
  financed: number;
  committed: string;
  reserved: string;
}

const UNKNOWN_DIRECTION = 'направленность не указана';

/** The six in their usual order, then what came without a direction. */
const directionOrder = (direction: string | null) =>
  direction === null ? directionSchema.options.length : directionSchema.options.indexOf(direction as Direction);

/**
 * What the period's certificates of the municipality paid (charges of its invoices) and still hold
 * (reservations net of releases), by the direction of the enrolment's program; one read of each.
 */
export async function budgetByDirection(dataSource: DataSource, code: string, period: string): Promise<BudgetDirectionRow[]> {
  const rows: { direction: Direction | null; charged: string; reserved: string }[] = await dataSource.query(
    `SELECT direction, sum(charged) AS charged, sum(reserved) AS reserved FROM (
       SELECT e.direction, mc.certificate_kopecks AS charged, 0 AS reserved
       FROM monthly_charges mc JOIN invoices i ON i.invoice_id = mc.invoice_id
       JOIN enrollments e ON e.enrollment_id = mc.enrollment_id
       WHERE i.municipality_code = $1 AND mc.month BETWEEN $2 AND $3 AND NOT mc.reversed
       UNION ALL
       SELECT e.direction, 0, -m.amount_kopecks
       FROM account_movements m JOIN certificate_accounts b USING (certificate_id)
       JOIN enrollments e ON e.enrollment_id = m.enrollment_id
       WHERE b.municipality_code = $1 AND b.period_start = $2 AND m.kind IN ('reservation', 'release')
     ) used GROUP BY direction`,
    [code, period, periodEndFor(period)],
  );
  return rows
    .map((row) => ({
      direction: row.direction,
      directionLabel: row.direction === null ? UNKNOWN_DIRECTION : directionLabels[row.direction],
      chargedKopecks: Number(row.charged),
      reservedKopecks: Number(row.reserved),
    }))
    .sort((a, b) => directionOrder(a.direction) - directionOrder(b.direction));
}

/**
 * The municipality's budget and quota for the school year, and what its certificates committed, hold and paid
 * (from the counter table the triggers keep); its split by direction is read only when asked.
 */
export async function municipalityBudget(dataSource: DataSource, code: string, period: string) {
  const normatives = await dataSource
    .getRepository(NormativeEntity)
    .find({ where: { municipalityCode: code, periodStart: period }, order: { groupName: 'ASC' } });
  const [totals]: Totals[] = await dataSource.query(
    `SELECT coalesce(sum(financed), 0)::int AS financed, coalesce(sum(committed_kopecks), 0) AS committed,
            coalesce(sum(reserved_kopecks), 0) AS reserved
     FROM municipality_counts WHERE municipality_code = $1 AND period_start = $2`,
    [code, period],
  );
  const byMonth: { month: string; charged: string; coPayment: string; charges: number }[] = await dataSource.query(
    `SELECT to_char(mc.month, 'YYYY-MM') AS month, sum(mc.certificate_kopecks) AS charged,
              sum(mc.co_payment_kopecks) AS "coPayment", count(*)::int AS charges
       FROM monthly_charges mc JOIN invoices i ON i.invoice_id = mc.invoice_id
       WHERE i.municipality_code = $1 AND mc.month BETWEEN $2 AND $3 AND NOT mc.reversed
       GROUP BY mc.month ORDER BY mc.month`,
    [code, period, periodEndFor(period)],
  );
  const months = byMonth.map((m) => ({
    month: m.month,
    chargedKopecks: Number(m.charged),
    coPaymentKopecks: Number(m.coPayment),
    charges: m.charges,
  }));
  const budgetKopecks = normatives.reduce((sum, n) => sum + n.budgetKopecks, 0);
  const chargedKopecks = months.reduce((sum, m) => sum + m.chargedKopecks, 0);
  return {
    municipalityCode: code,
    periodStart: period,
    normatives,
    budgetKopecks,
    quota: normatives.reduce((sum, n) => sum + n.quota, 0),
    financedCertificates: totals!.financed,
    committedKopecks: Number(totals!.committed),
    reservedKopecks: Number(totals!.reserved),
    chargedKopecks,
    byMonth: months,
    forecast: forecastBudget({ periodStart: period, today: kuzbassDate(new Date()), budgetKopecks, chargedKopecks }),
  };
}
