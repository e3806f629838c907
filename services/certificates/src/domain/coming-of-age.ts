import { birthdayAt } from '@pdo/service-kit/domain';

/** A certificate is for children: it ends on the 18th birthday. */
export const ADULT_AGE = 18;

export const COMING_OF_AGE_REASON = 'Ребёнку исполнилось 18 лет';

const DAY_MS = 24 * 60 * 60 * 1000;

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The latest birth date of a person who is 18 or older on `today` (YYYY-MM-DD, a Kuzbass date), so that
 * the database can select everyone due with `birth_date <= cutoff`. It is the same day 18 years back
 * (the month's last day if that date does not exist), or the day after it when that day's birthday
 * already came: someone born on 29 February turns 18 on 28 February of a common year.
 */
export function adulthoodCutoff(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(year - ADULT_AGE, month, 0)).getUTCDate();
  const sameDay = Date.UTC(year - ADULT_AGE, month - 1, Math.min(day, lastOfMonth));
  const dayAfter = isoDate(sameDay + DAY_MS);
  return birthdayAt(dayAfter, ADULT_AGE) <= today ? dayAfter : isoDate(sameDay);
}
