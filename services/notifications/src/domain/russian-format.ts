/** «1 234,56 руб.»: whole kopecks in Russian notation, integer arithmetic only. */
import { kuzbassMunicipalities } from '@pdo/service-kit';

export function formatRubles(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`not a whole number of kopecks: ${kopecks}`);
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const rubles = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${rubles},${rest} руб.`;
}

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
