import type { consentWithdrawn, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { changeCertificateStatus, lockCertificate } from '../operations/certificate-status.operations';

export const CONSENT_WITHDRAWN_REASON = 'Отозвано согласие на обработку персональных данных';

/** Without consent the child's data may not be processed: the live certificate ends. */
export async function terminateOnConsentWithdrawn(
  event: EventOf<typeof consentWithdrawn>,
  manager: EntityManager,
): Promise<void> {
  const { childId } = event.data;
  await manager.query('UPDATE children SET consent_withdrawn_at = $2 WHERE id = $1', [childId, event.occurredAt]);
  const certificate = await lockCertificate(manager, { childId, live: true });
  if (certificate) await changeCertificateStatus(manager, certificate, 'terminate', { reason: CONSENT_WITHDRAWN_REASON });
}
