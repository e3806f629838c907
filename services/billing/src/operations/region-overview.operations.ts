import type { CounterTable } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';

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
 * Every municipality's school year in billing: the budget and quota from its normatives, and from the counter
 * table the triggers keep, the financing certificates and how many of them are enrolled somewhere, the money
 * reserved and charged. Only municipalities billing has anything for are listed; the web lays them next to
 * certificates' list.
 */
export async function regionMoneyOverview(dataSource: DataSource, periodStart: string): Promise<MunicipalityMoneyFigures[]> {
  const rows: Row[] = await dataSource.query(
    `WITH budget AS (
       SELECT municipality_code AS code, sum(budget_kopecks) AS budget, sum(quota)::int AS quota
       FROM normatives WHERE period_start = $1 GROUP BY 1
     ), counted AS (
       SELECT municipality_code AS code, sum(financed)::int AS financed, sum(enrolled)::int AS enrolled,
              sum(reserved_kopecks) AS reserved, sum(charged_kopecks) AS charged
       FROM municipality_counts WHERE period_start = $1 GROUP BY 1
       HAVING sum(accounts) <> 0 OR sum(reserved_kopecks) <> 0 OR sum(charged_kopecks) <> 0
     )
     SELECT code, coalesce(budget.budget, 0) AS budget, coalesce(budget.quota, 0) AS quota,
            coalesce(counted.financed, 0) AS financed, coalesce(counted.enrolled, 0) AS enrolled,
            coalesce(counted.reserved, 0) AS reserved, coalesce(counted.charged, 0) AS charged
     FROM budget FULL JOIN counted USING (code)
     ORDER BY code`,
    [periodStart],
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

/** The counter table the accounts' and charges' triggers append to, folded every minute. */
export const MUNICIPALITY_COUNTER_TABLES: readonly CounterTable[] = [
  {
    table: 'municipality_counts',
    keys: ['municipality_code', 'period_start'],
    sums: ['accounts', 'financed', 'enrolled', 'committed_kopecks', 'reserved_kopecks', 'charged_kopecks'],
  },
];
