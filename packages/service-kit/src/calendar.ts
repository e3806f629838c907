/**
 * Dates in Kuzbass, shared by every service so that a child has the same age everywhere.
 * Calendar dates are ISO strings (YYYY-MM-DD): they compare correctly as strings.
 */
export const REGION_TIME_ZONE = 'Asia/Novokuznetsk';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseDate(value: string): CalendarDate {
  const match = DATE.exec(value);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw new RangeError(`no such date: ${value}`);
  return { year, month, day };
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The calendar date an instant falls on in Kuzbass (not on the server's clock). */
export function kuzbassDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: REGION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The day a person born on `birthDate` has their birthday in `year`. A 29 February birthday falls on
 * 28 February of a common year: a term counted in years ends on the month's last day when the month
 * lacks that date (Civil Code of the Russian Federation, art. 192).
 */
function birthdayIn(birth: CalendarDate, year: number): { month: number; day: number } {
  return birth.month === 2 && birth.day === 29 && !isLeapYear(year)
    ? { month: 2, day: 28 }
    : { month: birth.month, day: birth.day };
}

/** Full years from birth to `on` (both YYYY-MM-DD); throws on a date that does not exist or precedes the birth. */
export function ageOn(birthDate: string, on: string): number {
  const birth = parseDate(birthDate);
  const day = parseDate(on);
  const birthday = birthdayIn(birth, day.year);
  const hadBirthday = day.month > birthday.month || (day.month === birthday.month && day.day >= birthday.day);
  const age = day.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < 0) throw new RangeError(`${on} is before the birth date ${birthDate}`);
  return age;
}

/** The date a person born on `birthDate` turns `years` old. */
export function birthdayAt(birthDate: string, years: number): string {
  const birth = parseDate(birthDate);
  const year = birth.year + years;
  const { month, day } = birthdayIn(birth, year);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
