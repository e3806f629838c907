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

/**
 * Folds the counter rows the triggers appended into one row per municipality and school year, in one
 * statement: rows appended meanwhile by other transactions are not in its snapshot and stay for the next run.
 * Returns how many rows fewer there are.
 */
export async function foldMunicipalityCounts(dataSource: DataSource): Promise<number> {
  const [{ folded }]: [{ folded: number }] = await dataSource.query(
    `WITH gone AS (DELETE FROM municipality_counts RETURNING *), kept AS (
       INSERT INTO municipality_counts
       SELECT municipality_code, period_start, sum(accounts), sum(financed), sum(enrolled), sum(committed_kopecks),
              sum(reserved_kopecks), sum(charged_kopecks)
       FROM gone GROUP BY 1, 2
       HAVING sum(accounts) <> 0 OR sum(financed) <> 0 OR sum(enrolled) <> 0 OR sum(committed_kopecks) <> 0
           OR sum(reserved_kopecks) <> 0 OR sum(charged_kopecks) <> 0
       RETURNING 1
     )
     SELECT ((SELECT count(*) FROM gone) - (SELECT count(*) FROM kept))::int AS folded`,
  );
  return folded;
}
