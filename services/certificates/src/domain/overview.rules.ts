/** The figures of one day of a support centre's overview. */
export interface DayFigures {
  /** ГГГГ-ММ-ДД in Kuzbass */
  day: string;
  applications: number;
  issued: number;
  activated: number;
}

export const OVERVIEW_DAYS_DEFAULT = 30;
export const OVERVIEW_DAYS_MAX = 366;

const DAY_MS = 24 * 3600 * 1000;

/** The `count` calendar days ending with `today`, oldest first. */
export function overviewDays(today: string, count: number): string[] {
  const last = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(last - (count - 1 - index) * DAY_MS).toISOString().slice(0, 10));
}

/** One row per day of the range, zero where the database had nothing to count; days outside the range are dropped. */
export function fillDays(days: readonly string[], counted: readonly DayFigures[]): DayFigures[] {
  const byDay = new Map(counted.map((row) => [row.day, row]));
  return days.map((day) => {
    const row = byDay.get(day);
    return { day, applications: row?.applications ?? 0, issued: row?.issued ?? 0, activated: row?.activated ?? 0 };
  });
}

/** A share in per cent with one decimal; no certificates is 0 %, not a division by zero. */
export function sharePercent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part * 1000) / whole) / 10;
}

/** Whole days between an instant and now, never negative (a clock a little ahead is not a wait). */
export function waitedDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}
