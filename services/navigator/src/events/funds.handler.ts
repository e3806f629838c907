import type { enrollmentFundsRejected, enrollmentFundsReserved, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { canApply } from '../domain/enrollment.rules';
import { changeEnrollment, findEnrollmentForUpdate } from '../operations/enrollment.operations';

/**
 * Billing reserved the certificate's share: the request goes to the provider. An answer for an enrolment
 * that has moved on (withdrawn meanwhile, or a repeated answer) changes nothing.
 */
export async function onFundsReserved(event: EventOf<typeof enrollmentFundsReserved>, manager: EntityManager): Promise<void> {
  const enrollment = await findEnrollmentForUpdate(manager, event.data.enrollmentId);
  if (!enrollment || !canApply(enrollment.status, 'reserve')) return;
  await changeEnrollment(manager, enrollment, 'reserve', {
    certificateShareKopecks: event.data.certificateShareKopecks,
    coPaymentKopecks: event.data.coPaymentKopecks,
    pendingSince: new Date(event.occurredAt),
  });
}

/** Billing could not reserve: the request ends with billing's code and its seat is freed. */
export async function onFundsRejected(event: EventOf<typeof enrollmentFundsRejected>, manager: EntityManager): Promise<void> {
  const enrollment = await findEnrollmentForUpdate(manager, event.data.enrollmentId);
  if (!enrollment || !canApply(enrollment.status, 'reject')) return;
  await changeEnrollment(manager, enrollment, 'reject', { rejectionCode: event.data.code });
}
