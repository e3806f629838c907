import { kuzbassMunicipalities } from '@pdo/service-kit/domain';

export { formatRubles } from '@pdo/service-kit/domain';

/** 2026-09-01 → 01.09.2026 */
export const russianDate = (isoDate: string): string => isoDate.slice(0, 10).split('-').reverse().join('.');

const monthNames = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** 2026-09 → «сентябрь 2026» */
export function russianMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${monthNames[Number(number) - 1]} ${year}`;
}

const weekdays = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];

/** [1, 3] (1 is Monday) → «пн, ср» */
export const russianWeekdays = (days: readonly number[]): string => days.map((day) => weekdays[day - 1]).join(', ');

/** 07 → «г. Киселевск»; a code outside the reference is still shown rather than lost */
export const municipalityName = (code: string): string =>
  kuzbassMunicipalities.find((m) => m.code === code)?.name ?? `муниципалитет ${code}`;

/** 2026-11-17 → 2026-11-30: the last day of that date's month */
export function lastDayOfMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
