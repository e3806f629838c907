import { DomainError } from '@pdo/service-kit';
import { type BillingMonth, nextMonthStart } from './month';

export type EnrollmentStatus = 'requested' | 'accepted' | 'ended';

export interface ReportedEnrollment {
  status: EnrollmentStatus;
  /** the group's first day; unknown for enrolments accepted before billing kept it */
  startsOn: string | null;
  /** the first day it no longer runs (a parent left); null while it runs */
  endsOn: string | null;
}

/** Most enrolments one report may list: a provider's whole month, bounded so one request stays small. */
export const MAX_REPORT_LINES = 5000;

/**
 * A month of an enrolment can be billed only if the provider accepted it, it had begun by the month's end
 * and had not ended before the month began (a parent who leaves pays until the enrolment's end).
 */
export function reportRefusal(enrollment: ReportedEnrollment, month: BillingMonth): DomainError | null {
  if (enrollment.status === 'requested') {
    return new DomainError(
      'ENROLLMENT_NOT_ACCEPTED',
      'Заявка ещё не принята организацией: за этот месяц её нельзя включить в отчёт.',
    );
  }
  if (enrollment.startsOn !== null && enrollment.startsOn >= nextMonthStart(month.firstDay)) {
    return new DomainError('ENROLLMENT_NOT_STARTED', 'Обучение по этой записи в этом месяце ещё не началось.');
  }
  if (enrollment.endsOn !== null && enrollment.endsOn <= month.firstDay) {
    return new DomainError('ENROLLMENT_ENDED', 'Обучение по этой записи закончилось до этого месяца.');
  }
  return null;
}
