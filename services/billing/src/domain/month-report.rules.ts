import { DomainError } from '@pdo/service-kit/domain';
import { type BillingMonth, nextMonthStart } from './month';
import { periodEndFor, periodStartFor } from './period';

export type EnrollmentStatus = 'requested' | 'accepted' | 'ended';

export interface ReportedEnrollment {
  status: EnrollmentStatus;
  /** the day the provider accepted it; null if it never was */
  acceptedOn: string | null;
  /** the group's first day; unknown for enrolments accepted before billing kept it */
  startsOn: string | null;
  /** the first day it no longer runs (the day after the group's last day, or a parent left); null while unknown */
  endsOn: string | null;
  /** the program's length in months: what was reserved */
  months: number;
  /** months of it already charged (not counting the reported month) */
  chargedMonths: number;
  /** the certificate was active on at least one day of the month */
  certificateActive: boolean;
}

/** A provider's invoice for a municipality and month is issued once: later lines cannot join it. */
export const monthAlreadyInvoiced = (): DomainError =>
  new DomainError('MONTH_ALREADY_INVOICED', 'Счёт за этот месяц уже выставлен: новые записи в него не добавить.');

/** Most enrolments one report may list: a provider's whole month, bounded so one request stays small. */
export const MAX_REPORT_LINES = 5000;

/** It runs from the later of acceptance and the group's start. */
export function runsFrom(enrollment: Pick<ReportedEnrollment, 'acceptedOn' | 'startsOn'>): string | null {
  const { acceptedOn, startsOn } = enrollment;
  if (acceptedOn === null) return null;
  return startsOn !== null && startsOn > acceptedOn ? startsOn : acceptedOn;
}

/** The first month after the program's length, counted from the month it began running. */
function monthAfterTerm(from: string, months: number): string {
  const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * DOMAIN.md: a month may be charged only when, in that month, the enrolment had been accepted and was
 * running (from the later of acceptance and the group's start, to its end), the certificate was active,
 * and neither the program's length nor the school year it began in is exceeded. Charged months never
 * exceed the months reserved. The month-end SQL (`enrollment_month_chargeable`) and a trigger on
 * monthly_charges hold the same rule.
 */
export function reportRefusal(enrollment: ReportedEnrollment, month: BillingMonth): DomainError | null {
  // an enrolment the provider never accepted (asked, declined, refused funds) is never charged
  if (enrollment.status === 'requested' || enrollment.acceptedOn === null) {
    return new DomainError(
      'ENROLLMENT_NOT_ACCEPTED',
      'Заявка ещё не принята организацией: за этот месяц её нельзя включить в отчёт.',
    );
  }
  const from = runsFrom(enrollment);
  if (from !== null && from >= nextMonthStart(month.firstDay)) {
    return new DomainError(
      'ENROLLMENT_NOT_STARTED',
      `Обучение по этой записи началось только с ${from.split('-').reverse().join('.')}: месяцы до этого не оплачиваются.`,
    );
  }
  if (enrollment.endsOn !== null && enrollment.endsOn <= month.firstDay) {
    return new DomainError('ENROLLMENT_ENDED', 'Обучение по этой записи закончилось до этого месяца.');
  }
  if (from !== null && month.month >= monthAfterTerm(from, enrollment.months)) {
    return new DomainError(
      'PROGRAM_TERM_EXCEEDED',
      `Программа длится ${enrollment.months} мес.: этот месяц выходит за её срок и не оплачивается.`,
    );
  }
  if (from !== null && month.firstDay > periodEndFor(periodStartFor(new Date(`${from}T00:00:00Z`)))) {
    return new DomainError(
      'SCHOOL_YEAR_EXCEEDED',
      'Этот месяц относится к следующему учебному году: по сертификату его оплатить нельзя.',
    );
  }
  if (enrollment.chargedMonths >= enrollment.months) {
    return new DomainError('PROGRAM_TERM_EXCEEDED', `За эту запись уже оплачены все ${enrollment.months} мес. программы.`);
  }
  if (!enrollment.certificateActive) {
    return new DomainError(
      'CERTIFICATE_NOT_ACTIVE_IN_MONTH',
      'Весь этот месяц сертификат был приостановлен или прекращён: за него оплата не начисляется.',
    );
  }
  return null;
}
