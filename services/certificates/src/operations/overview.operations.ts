import { kuzbassDate, REGION_TIME_ZONE } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { type DayFigures, fillDays, overviewDays, sharePercent, waitedDays } from '../domain/overview.rules';

export interface GroupFigures {
  groupId: string | null;
  groupName: string;
  issued: number;
  activated: number;
  waiting: number;
  oldestWaitingSince: Date | null;
  oldestWaitingDays: number | null;
  financing: number;
  accounting: number;
}

export interface SupportCentreFigures {
  municipalityCode: string;
  days: DayFigures[];
  groups: GroupFigures[];
  total: GroupFigures;
}

export interface MunicipalityCertificateFigures {
  municipalityCode: string;
  municipalityName: string;
  issued: number;
  activated: number;
  activatedPercent: number;
  waiting: number;
  financing: number;
  accounting: number;
}

interface GroupRow {
  group_id: string | null;
  group_name: string | null;
  issued: number;
  activated: number;
  waiting: number;
  oldest: Date | null;
  financing: number;
  accounting: number;
}

// live certificates only: a terminated one is neither issued to anybody now nor waiting
const GROUP_FIGURES = `
  count(*) FILTER (WHERE c.status <> 'terminated')::int AS issued,
  count(*) FILTER (WHERE c.status IN ('active', 'suspended'))::int AS activated,
  count(*) FILTER (WHERE c.status = 'inactive')::int AS waiting,
  min(c.created_at) FILTER (WHERE c.status = 'inactive') AS oldest,
  count(*) FILTER (WHERE c.status <> 'terminated' AND c.mode = 'financing')::int AS financing,
  count(*) FILTER (WHERE c.status <> 'terminated' AND c.mode = 'accounting')::int AS accounting`;

const toGroup = (row: GroupRow, now: Date): GroupFigures => ({
  groupId: row.group_id,
  groupName: row.group_name ?? 'Группа не найдена',
  issued: row.issued,
  activated: row.activated,
  waiting: row.waiting,
  oldestWaitingSince: row.oldest,
  oldestWaitingDays: row.oldest ? waitedDays(row.oldest, now) : null,
  financing: row.financing,
  accounting: row.accounting,
});

/**
 * A support centre's figures, each one grouped read of its municipality's rows: applications, issues and
 * activations per Kuzbass day over the last `dayCount` days, and the certificates by group.
 */
export async function supportCentreOverview(
  dataSource: DataSource,
  municipalityCode: string,
  dayCount: number,
  now = new Date(),
): Promise<SupportCentreFigures> {
  const days = overviewDays(kuzbassDate(now), dayCount);
  const from = days[0]!;
  const local = (column: string) => `(${column} AT TIME ZONE '${REGION_TIME_ZONE}')::date::text`;
  const since = `($2::date::timestamp AT TIME ZONE '${REGION_TIME_ZONE}')`;
  const [applications, issued, activated, groups, total] = await Promise.all([
    dataSource.query(
      `SELECT ${local('a.created_at')} AS day, count(*)::int AS count
       FROM certificate_applications a JOIN children ch ON ch.id = a.child_id
       WHERE ch.municipality_code = $1 AND a.created_at >= ${since} GROUP BY 1`,
      [municipalityCode, from],
    ),
    dataSource.query(
      `SELECT ${local('created_at')} AS day, count(*)::int AS count FROM certificates
       WHERE municipality_code = $1 AND created_at >= ${since} GROUP BY 1`,
      [municipalityCode, from],
    ),
    dataSource.query(
      `SELECT ${local('activated_at')} AS day, count(*)::int AS count FROM certificates
       WHERE municipality_code = $1 AND activated_at >= ${since} GROUP BY 1`,
      [municipalityCode, from],
    ),
    dataSource.query(
      `SELECT c.group_id, g.name AS group_name, ${GROUP_FIGURES}
       FROM certificates c LEFT JOIN certificate_groups g ON g.id = c.group_id
       WHERE c.municipality_code = $1 GROUP BY c.group_id, g.name ORDER BY g.name`,
      [municipalityCode],
    ) as Promise<GroupRow[]>,
    dataSource.query(
      `SELECT NULL AS group_id, 'Все группы' AS group_name, ${GROUP_FIGURES} FROM certificates c WHERE c.municipality_code = $1`,
      [municipalityCode],
    ) as Promise<GroupRow[]>,
  ]);
  return {
    municipalityCode,
    days: fillDays(days, { applications, issued, activated }),
    groups: groups.map((row) => toGroup(row, now)),
    total: toGroup(total[0]!, now),
  };
}

/** Every municipality's certificates side by side: one grouped pass over the certificates. */
export async function regionCertificateOverview(dataSource: DataSource): Promise<MunicipalityCertificateFigures[]> {
  const rows: (Omit<GroupRow, 'group_id' | 'group_name' | 'oldest'> & { code: string; name: string })[] = await dataSource.query(
    `SELECT m.code, m.name, coalesce(f.issued, 0) AS issued, coalesce(f.activated, 0) AS activated,
            coalesce(f.waiting, 0) AS waiting, coalesce(f.financing, 0) AS financing, coalesce(f.accounting, 0) AS accounting
     FROM municipalities m LEFT JOIN (
       SELECT c.municipality_code, ${GROUP_FIGURES} FROM certificates c GROUP BY c.municipality_code
     ) f ON f.municipality_code = m.code
     ORDER BY m.code`,
  );
  return rows.map((row) => ({
    municipalityCode: row.code,
    municipalityName: row.name,
    issued: row.issued,
    activated: row.activated,
    activatedPercent: sharePercent(row.activated, row.issued),
    waiting: row.waiting,
    financing: row.financing,
    accounting: row.accounting,
  }));
}
