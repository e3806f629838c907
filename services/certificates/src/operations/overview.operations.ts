import { type CounterTable, kuzbassDate } from '@pdo/service-kit';
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
  coalesce(sum(n.certificates) FILTER (WHERE n.status <> 'terminated'), 0)::int AS issued,
  coalesce(sum(n.certificates) FILTER (WHERE n.status IN ('active', 'suspended')), 0)::int AS activated,
  coalesce(sum(n.certificates) FILTER (WHERE n.status = 'inactive'), 0)::int AS waiting,
  coalesce(sum(n.certificates) FILTER (WHERE n.status <> 'terminated' AND n.mode = 'financing'), 0)::int AS financing,
  coalesce(sum(n.certificates) FILTER (WHERE n.status <> 'terminated' AND n.mode = 'accounting'), 0)::int AS accounting`;

/** The municipality's total is the sum of its groups; the oldest waiting is the oldest of theirs. */
const totalOf = (groups: GroupRow[]): GroupRow => {
  const sum = (key: 'issued' | 'activated' | 'waiting' | 'financing' | 'accounting') =>
    groups.reduce((total, group) => total + group[key], 0);
  const oldest = groups.map((group) => group.oldest).filter((day): day is Date => day !== null);
  return {
    group_id: null,
    group_name: 'Все группы',
    issued: sum('issued'),
    activated: sum('activated'),
    waiting: sum('waiting'),
    oldest: oldest.length ? new Date(Math.min(...oldest.map((day) => day.getTime()))) : null,
    financing: sum('financing'),
    accounting: sum('accounting'),
  };
};

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
 * A support centre's figures from the counter tables: applications, issues and activations per Kuzbass day
 * over the last `dayCount` days, and the certificates by group.
 */
export async function supportCentreOverview(
  dataSource: DataSource,
  municipalityCode: string,
  dayCount: number,
  now = new Date(),
): Promise<SupportCentreFigures> {
  const days = overviewDays(kuzbassDate(now), dayCount);
  const from = days[0]!;
  const [counted, groups] = await Promise.all([
    dataSource.query(
      `SELECT day::text AS day, sum(applications)::int AS applications, sum(issued)::int AS issued, sum(activated)::int AS activated
       FROM certificate_day_counts WHERE municipality_code = $1 AND day >= $2 GROUP BY day`,
      [municipalityCode, from],
    ) as Promise<DayFigures[]>,
    dataSource.query(
      `SELECT n.group_id, g.name AS group_name, ${GROUP_FIGURES},
              (SELECT min(c.created_at) FROM certificates c
               WHERE c.municipality_code = $1 AND c.group_id = n.group_id AND c.status = 'inactive') AS oldest
       FROM certificate_counts n LEFT JOIN certificate_groups g ON g.id = n.group_id
       WHERE n.municipality_code = $1 GROUP BY n.group_id, g.name HAVING sum(n.certificates) > 0 ORDER BY g.name`,
      [municipalityCode],
    ) as Promise<GroupRow[]>,
  ]);
  return {
    municipalityCode,
    days: fillDays(days, counted),
    groups: groups.map((row) => toGroup(row, now)),
    total: toGroup(totalOf(groups), now),
  };
}

/** Every municipality's certificates side by side, from the counter table the certificates' triggers keep. */
export async function regionCertificateOverview(dataSource: DataSource): Promise<MunicipalityCertificateFigures[]> {
  const rows: (Omit<GroupRow, 'group_id' | 'group_name' | 'oldest'> & { code: string; name: string })[] = await dataSource.query(
    `SELECT m.code, m.name, ${GROUP_FIGURES}
     FROM municipalities m LEFT JOIN certificate_counts n ON n.municipality_code = m.code
     GROUP BY m.code, m.name ORDER BY m.code`,
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

/** The counter tables the certificates' triggers append to, folded every minute. */
export const CERTIFICATE_COUNTER_TABLES: readonly CounterTable[] = [
  { table: 'certificate_counts', keys: ['municipality_code', 'group_id', 'status', 'mode'], sums: ['certificates'] },
  { table: 'certificate_day_counts', keys: ['municipality_code', 'day'], sums: ['applications', 'issued', 'activated'] },
];
