import { ageOn, DomainError } from '@pdo/service-kit/domain';

export const enrollmentStatuses = [
  'awaiting_funds',
  'pending_provider',
  'accepted',
  'rejected',
  'declined',
  'withdrawn',
  'expired',
] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];
/** Live enrolments hold a seat; the database keeps one live enrolment per child and program. */
export const liveStatuses: readonly EnrollmentStatus[] = ['awaiting_funds', 'pending_provider', 'accepted'];

export type CertificateStatus = 'inactive' | 'active' | 'suspended' | 'terminated';

export function checkAge(birthDate: string, startDate: string, minAge: number, maxAge: number): void {
  // a group that starts before the child is born is out of range, not an error
  const age = startDate < birthDate ? 0 : ageOn(birthDate, startDate);
  if (age < minAge || age > maxAge) {
    throw new DomainError(
      'AGE_OUT_OF_RANGE',
      `Программа для детей от ${minAge} до ${maxAge} лет, а ребёнку к началу занятий группы будет ${age}.`,
      { age, minAge, maxAge },
    );
  }
}

const certificateRefusals: Record<Exclude<CertificateStatus, 'active'> | 'missing', string> = {
  missing: 'У ребёнка нет сертификата дополнительного образования. Получите его, чтобы записаться.',
  inactive: 'Сертификат ещё не активирован. Активируйте его в МОЦ или в образовательной организации, чтобы записаться.',
  suspended:
    'Действие сертификата приостановлено, поэтому записаться по нему сейчас нельзя. Обратитесь в МОЦ своего муниципалитета.',
  terminated: 'Действие сертификата прекращено, поэтому записаться по нему нельзя.',
};

/** Only an active certificate pays for an enrolment. */
export function checkCertificate<C extends { status: CertificateStatus }>(certificate: C | null): asserts certificate is C {
  const status = certificate?.status ?? null;
  if (status !== 'active')
    throw new DomainError('CERTIFICATE_NOT_ACTIVE', certificateRefusals[status ?? 'missing'], { certificateStatus: status });
}

export type EnrollmentAction = 'reserve' | 'reject' | 'accept' | 'decline' | 'withdraw' | 'expire';

const allowedFrom: Record<EnrollmentAction, readonly EnrollmentStatus[]> = {
  reserve: ['awaiting_funds'],
  reject: ['awaiting_funds'],
  accept: ['pending_provider'],
  decline: ['pending_provider'],
  withdraw: liveStatuses,
  expire: ['pending_provider'],
};

const resultOf: Record<EnrollmentAction, EnrollmentStatus> = {
  reserve: 'pending_provider',
  reject: 'rejected',
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
  expire: 'expired',
};

const refusals: Record<EnrollmentAction, string> = {
  reserve: 'Средства по этой заявке уже учтены.',
  reject: 'Заявка уже рассмотрена.',
  accept: 'Принять можно только заявку, ожидающую ответа организации.',
  decline: 'Отклонить можно только заявку, ожидающую ответа организации.',
  withdraw: 'Заявка уже закрыта: отзывать нечего.',
  expire: 'Срок ответа истекает только у заявки, ожидающей ответа организации.',
};

export const canApply = (status: EnrollmentStatus, action: EnrollmentAction) => allowedFrom[action].includes(status);

export function transition(status: EnrollmentStatus, action: EnrollmentAction): EnrollmentStatus {
  if (!canApply(status, action)) throw new DomainError('INVALID_ENROLLMENT_STATUS', refusals[action], { status });
  return resultOf[action];
}

/**
 * Every action but reserve and accept ends the enrolment and gives its seat back at once, except a parent
 * leaving an accepted enrolment: the child attends until its end, and the seat is given back then.
 */
export const releasesSeat = (action: EnrollmentAction, from: EnrollmentStatus) =>
  action !== 'reserve' && action !== 'accept' && !(action === 'withdraw' && from === 'accepted');

const rejectionMessages: Record<string, string> = {
  CERTIFICATE_NOT_ACTIVE: 'Сертификат не действует, поэтому средства на обучение не зарезервированы.',
  CERTIFICATE_NOT_FINANCED:
    'На сертификате нет средств для оплаты: он пока только учитывает бесплатные программы. Уточните в МОЦ, можно ли перевести его в сертификат финансирования.',
  QUOTA_EXHAUSTED:
    'Муниципалитет исчерпал число сертификатов финансирования на этот учебный год, поэтому средства не зарезервированы.',
  PROGRAM_TERM_TOO_LONG: 'Срок обучения по программе слишком длинный для оплаты сертификатом.',
};

/** Billing answers with a machine code; the parent reads a sentence. */
export const rejectionMessage = (code: string) =>
  rejectionMessages[code] ?? 'Не удалось зарезервировать средства сертификата. Обратитесь в МОЦ своего муниципалитета.';
