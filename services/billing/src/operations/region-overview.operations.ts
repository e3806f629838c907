import type { DataSource } from 'typeorm';
import { periodEndFor } from '../domain/period';

export interface MunicipalityMoneyFigures {
  municipalityCode: string;
  budgetKopecks: number;
  quota: number;
  financedCertificates: number;
  enrolledFinancedCertificates: number;
  reservedKopecks: number;
  chargedKopecks: number;
}

interface Row {
  code: string;
  budget: string;
  quota: number;
  financed: number;
  enrolled: number;
  reserved: string;
  charged: string;
}

/**
 * Every municipality's school year in billing, each figure one grouped pass: the budget and quota, the
 * financing certificates and how many of them are enrolled somewhere, the money reserved and charged.
 * Only municipalities billing has anything for are listed; the web lays them next to certificates' list.
 */
export async function regionMoneyOverview(dataSource: DataSource, periodStart: string): Promise<MunicipalityMoneyFigures[]> {
  const rows: Row[] = await dataSource.query(
    `WITH budget AS (
       SELECT municipality_code AS code, sum(budget_kopecks) AS budget, sum(quota)::int AS quota
       FROM normatives WHERE period_start = $1 GROUP BY 1
     ), enrolled AS (
       SELECT DISTINCT certificate_id FROM enrollments WHERE status = 'accepted'
     ), accounts AS (
       SELECT a.municipality_code AS code, count(*)::int AS financed, count(e.certificate_id)::int AS enrolled
       FROM certificate_accounts a LEFT JOIN enrolled e USING (certificate_id)
       WHERE a.period_start = $1 AND a.accounting_only_reason IS NULL GROUP BY 1
     ), reserved AS (
       SELECT b.municipality_code AS code, -sum(m.amount_kopecks) AS reserved
       FROM account_movements m JOIN certificate_accounts b USING (certificate_id)
       WHERE b.period_start = $1 AND m.kind IN ('reservation', 'release') GROUP BY 1
     ), charged AS (
       SELECT i.municipality_code AS code, sum(mc.certificate_kopecks) AS charged
       FROM monthly_charges mc JOIN invoices i USING (invoice_id)
       WHERE mc.month BETWEEN $1 AND $2 AND NOT mc.reversed GROUP BY 1
     ), codes AS (
       SELECT code FROM budget UNION SELECT code FROM accounts UNION SELECT code FROM reserved UNION SELECT code FROM charged
     )
     SELECT codes.code, coalesce(budget.budget, 0) AS budget, coalesce(budget.quota, 0) AS quota,
            coalesce(accounts.financed, 0) AS financed, coalesce(accounts.enrolled, 0) AS enrolled,
            coalesce(reserved.reserved, 0) AS reserved, coalesce(charged.charged, 0) AS charged
     FROM codes LEFT JOIN budget USING (code) LEFT JOIN accounts USING (code)
     LEFT JOIN reserved USING (code) LEFT JOIN charged USING (code)
     ORDER BY codes.code`,
    [periodStart, periodEndFor(periodStart)],
  );
  return rows.map((row) => ({
    municipalityCode: row.code,
    budgetKopecks: Number(row.budget),
    quota: row.quota,
    financedCertificates: row.financed,
    enrolledFinancedCertificates: row.enrolled,
    reservedKopecks: Number(row.reserved),
    chargedKopecks: Number(row.charged),
  }));
}
