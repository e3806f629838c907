import { DomainError } from '@pdo/service-kit/domain';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const badMonth = () => new DomainError('BAD_MONTH', 'Месяц указывается в виде ГГГГ-ММ, например 2026-10.');

/** A billing month: 'YYYY-MM' as people write it, and the first day of it as the database keeps it. */
export interface BillingMonth {
  month: string;
  firstDay: string;
}

export function parseMonth(value: string): BillingMonth {
  if (!MONTH.test(value)) throw badMonth();
  return { month: value, firstDay: `${value}-01` };
}

/** 'YYYY-MM' of the month a 'YYYY-MM-DD' day falls in. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The first day of the month after the one opened by `firstDay`. */
export function nextMonthStart(firstDay: string): string {
  const [year, month] = [Number(firstDay.slice(0, 4)), Number(firstDay.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The month just ended on `today` (YYYY-MM-DD): what the month-end run on the 1st charges. */
export function previousMonth(today: string): string {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** A provider reports a month once it has begun; the future has not run yet. */
export function assertReportable(month: BillingMonth, today: string): void {
  if (month.month > monthOf(today)) {
    throw new DomainError('MONTH_NOT_STARTED', 'Отчитаться можно только за начавшийся или прошедший месяц.');
  }
}
