import { DomainError } from '@pdo/service-kit/domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A school year runs 1 September – 31 August; returns the ISO date of the September that opens it. */
export function periodStartFor(day: Date): string {
  const year = day.getUTCMonth() >= 8 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${year}-09-01`;
}

/** True for a real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function isPeriodStart(value: string): boolean {
  return isIsoDate(value) && value.slice(5) === '09-01';
}

/** The 31 August that closes the school year opened by `periodStart`. */
export function periodEndFor(periodStart: string): string {
  return `${Number(periodStart.slice(0, 4)) + 1}-08-31`;
}

/** ISO dates compare as strings. */
export function periodContains(periodStart: string, day: string): boolean {
  return day >= periodStart && day <= periodEndFor(periodStart);
}

const badPeriod = (message: string) => new DomainError('BAD_PERIOD', message);

/**
 * Checks that a school year starts on 1 September and that a date inside it (when a change takes
 * effect) lies within it; a date before the start is a reversed period.
 */
export function assertPeriod(periodStart: string, effectiveFrom?: string): void {
  if (!isPeriodStart(periodStart)) throw badPeriod('Учебный год начинается 1 сентября: укажите дату вида ГГГГ-09-01.');
  if (effectiveFrom === undefined) return;
  if (!isIsoDate(effectiveFrom)) throw badPeriod('Дата начала действия указывается в виде ГГГГ-ММ-ДД.');
  if (effectiveFrom < periodStart) throw badPeriod('Дата начала действия раньше начала учебного года.');
  if (effectiveFrom > periodEndFor(periodStart)) throw badPeriod('Дата начала действия позже конца учебного года (31 августа).');
}

/** When a change takes effect unless told: today, or the period's edge when the period is not the current one. */
export function defaultEffectiveFrom(periodStart: string, today: string): string {
  if (today < periodStart) return periodStart;
  const end = periodEndFor(periodStart);
  return today > end ? end : today;
}
