import { directionLabels, registryLabels } from '@pdo/service-kit';
import { z } from 'zod';
import { defineTableExport } from './table-exports.route';

// The МОЦ overview (web/src/operator/support-centre-overview-page.tsx) and the region overview
// (web/src/admin/region-overview-page.tsx): their tables, from the queries those pages send.

const municipalityCodeSchema = z.string('Укажите код муниципалитета.').regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');

const supportCentreParams = z.object({
  municipalityCode: municipalityCodeSchema,
  // the query string carries text; certificates checks the range and says it in its own words
  days: z.coerce.number('Число дней — целое число.').int('Число дней — целое число.').optional(),
});
type SupportCentreParams = z.infer<typeof supportCentreParams>;

interface OverviewGroup {
  groupName: string;
  issued: number;
  activated: number;
  waiting: number;
  oldestWaitingDays: number | null;
  financing: number;
  accounting: number;
}

interface SupportCentreOverview {
  supportCentreOverview: {
    days: { day: string; applications: number; issued: number; activated: number }[];
    groups: OverviewGroup[];
    total: OverviewGroup;
  };
}

const SUPPORT_CENTRE_OVERVIEW = `query SupportCentreOverviewExport($municipalityCode: String!, $days: Int) {
  supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {
    days { day applications issued activated }
    groups { groupName issued activated waiting oldestWaitingDays financing accounting }
    total { groupName issued activated waiting oldestWaitingDays financing accounting }
  }
}`;

const supportCentreVariables = ({ municipalityCode, days }: SupportCentreParams) => ({ municipalityCode, days: days ?? null });

export const supportCentreDaysExport = defineTableExport({
  query: SUPPORT_CENTRE_OVERVIEW,
  params: supportCentreParams,
  variables: supportCentreVariables,
  // newest first, as the page lists them
  rows: (data: SupportCentreOverview) => [...data.supportCentreOverview.days].reverse(),
  table: {
    title: 'Заявки и сертификаты по дням',
    columns: [
      { heading: 'День', kind: 'date', value: (row) => row.day },
      { heading: 'Заявок', kind: 'integer', value: (row) => row.applications },
      { heading: 'Выдано', kind: 'integer', value: (row) => row.issued },
      { heading: 'Активировано', kind: 'integer', value: (row) => row.activated },
    ],
  },
  baseName: ({ municipalityCode }) => `обзор-по-дням-${municipalityCode}`,
});

export const supportCentreGroupsExport = defineTableExport({
  query: SUPPORT_CENTRE_OVERVIEW,
  params: supportCentreParams,
  variables: supportCentreVariables,
  // the groups, then «Все группы»
  rows: (data: SupportCentreOverview) => [...data.supportCentreOverview.groups, data.supportCentreOverview.total],
  table: {
    title: 'Сертификаты по группам',
    columns: [
      { heading: 'Группа', width: 40, value: (row) => row.groupName },
      { heading: 'Выдано', kind: 'integer', value: (row) => row.issued },
      { heading: 'Активировано', kind: 'integer', value: (row) => row.activated },
      { heading: 'Ждут активации', kind: 'integer', value: (row) => row.waiting },
      { heading: 'Ждёт дольше всех, дн.', kind: 'integer', value: (row) => row.oldestWaitingDays },
      { heading: 'Финансирования', kind: 'integer', value: (row) => row.financing },
      { heading: 'Учёта', kind: 'integer', value: (row) => row.accounting },
    ],
  },
  baseName: ({ municipalityCode }) => `обзор-по-группам-${municipalityCode}`,
});

interface RegionOverview {
  regionCertificateOverview: {
    municipalityCode: string;
    municipalityName: string;
    issued: number;
    activated: number;
    activatedPercent: number;
    waiting: number;
  }[];
  regionMoneyOverview: {
    municipalityCode: string;
    quota: number;
    financedCertificates: number;
    enrolledFinancedCertificates: number;
    reservedKopecks: number;
    chargedKopecks: number;
  }[];
  regionProgramOverview: {
    municipalityCode: string;
    programs: number;
    byDirection: { direction: string; programs: number }[];
    byRegistry: { registry: string; programs: number }[];
    seats: number;
    seatsTaken: number;
  }[];
}

type RegionRow = RegionOverview['regionCertificateOverview'][number] &
  Omit<RegionOverview['regionMoneyOverview'][number], 'municipalityCode'> &
  Omit<RegionOverview['regionProgramOverview'][number], 'municipalityCode'>;

const REGION_OVERVIEW = `query RegionOverviewExport {
  regionCertificateOverview { municipalityCode municipalityName issued activated activatedPercent waiting }
  regionMoneyOverview { municipalityCode quota financedCertificates enrolledFinancedCertificates reservedKopecks chargedKopecks }
  regionProgramOverview {
    municipalityCode programs seats seatsTaken
    byDirection { direction programs }
    byRegistry { registry programs }
  }
}`;

/** The page's share: one decimal, none of nothing. */
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);

/** Joined by code as the page joins them: a municipality a service says nothing of has zeros there. */
function regionRows(data: RegionOverview): RegionRow[] {
  return data.regionCertificateOverview.map((certificates) => {
    const code = certificates.municipalityCode;
    const money = data.regionMoneyOverview.find((m) => m.municipalityCode === code);
    const programs = data.regionProgramOverview.find((p) => p.municipalityCode === code);
    return {
      ...certificates,
      quota: money?.quota ?? 0,
      financedCertificates: money?.financedCertificates ?? 0,
      enrolledFinancedCertificates: money?.enrolledFinancedCertificates ?? 0,
      reservedKopecks: money?.reservedKopecks ?? 0,
      chargedKopecks: money?.chargedKopecks ?? 0,
      programs: programs?.programs ?? 0,
      byDirection: programs?.byDirection ?? [],
      byRegistry: programs?.byRegistry ?? [],
      seats: programs?.seats ?? 0,
      seatsTaken: programs?.seatsTaken ?? 0,
    };
  });
}

export const regionOverviewExport = defineTableExport({
  query: REGION_OVERVIEW,
  params: z.object({}),
  variables: () => ({}),
  rows: regionRows,
  table: {
    title: 'Обзор региона',
    columns: [
      { heading: 'Код', width: 6, value: (row) => row.municipalityCode },
      { heading: 'Муниципалитет', width: 38, value: (row) => row.municipalityName },
      { heading: 'Выдано', kind: 'integer', value: (row) => row.issued },
      { heading: 'Активировано', kind: 'integer', value: (row) => row.activated },
      { heading: 'Активировано, %', kind: 'percent', value: (row) => row.activatedPercent },
      { heading: 'Ждут активации', kind: 'integer', value: (row) => row.waiting },
      { heading: 'Финансирования: открыто', kind: 'integer', value: (row) => row.financedCertificates },
      { heading: 'Квота', kind: 'integer', value: (row) => row.quota },
      { heading: 'Используются (зачислены)', kind: 'integer', value: (row) => row.enrolledFinancedCertificates },
      {
        heading: 'Используются, %',
        kind: 'percent',
        value: (row) => percent(row.enrolledFinancedCertificates, row.financedCertificates),
      },
      { heading: 'Зарезервировано, руб.', kind: 'kopecks', value: (row) => row.reservedKopecks },
      { heading: 'Списано, руб.', kind: 'kopecks', value: (row) => row.chargedKopecks },
      { heading: 'Программ', kind: 'integer', value: (row) => row.programs },
      ...Object.entries(directionLabels).map(([direction, heading]) => ({
        heading,
        kind: 'integer' as const,
        value: (row: RegionRow) => row.byDirection.find((d) => d.direction === direction)?.programs ?? 0,
      })),
      ...Object.entries(registryLabels).map(([registry, heading]) => ({
        heading,
        kind: 'integer' as const,
        value: (row: RegionRow) => row.byRegistry.find((r) => r.registry === registry)?.programs ?? 0,
      })),
      { heading: 'Мест', kind: 'integer', value: (row) => row.seats },
      { heading: 'Мест занято', kind: 'integer', value: (row) => row.seatsTaken },
    ],
  },
  baseName: () => 'обзор-региона',
});
