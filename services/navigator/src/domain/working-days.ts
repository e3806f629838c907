import { kuzbassDate } from '@pdo/service-kit/domain';

/** Kuzbass keeps UTC+7 all year (no daylight saving since 2014), so a local day is a fixed offset from UTC. */
const LOCAL_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const parseDate = (date: string) => Date.parse(`${date}T00:00:00Z`);
const formatDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday to Friday; public holidays are not counted separately. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(parseDate(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `count` working days after `date` ("YYYY-MM-DD"), not counting `date` itself. */
export function addWorkingDays(date: string, count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working days must be a non-negative integer, got ${count}`);
  let ms = parseDate(date);
  for (let left = count; left > 0;) {
    ms += DAY_MS;
    if (isWorkingDay(formatDate(ms))) left -= 1;
  }
  return formatDate(ms);
}

/**
 * A provider has `workingDays` full working days after the day a request reached it: the answer is due
 * by the end of the last of them, local time.
 */
export function responseDeadline(receivedAt: Date, workingDays: number): Date {
  const lastDay = addWorkingDays(kuzbassDate(receivedAt), workingDays);
  return new Date(parseDate(lastDay) + DAY_MS - LOCAL_OFFSET_MS);
}

/** The first day of the month after the local date of `instant`: when a program left today stops running. */
export function firstDayOfNextMonth(instant: Date): string {
  const [year, month] = kuzbassDate(instant).split('-').map(Number) as [number, number];
  return formatDate(Date.UTC(year, month, 1));
}
