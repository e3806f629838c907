import {
  certificateModeChanged,
  publish,
  type certificateAccountingOnly,
  type certificateAccountOpened,
  type EventOf,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { replacesMode, type CertificateMode } from '../domain/certificate-mode';
import { CertificateEntity } from '../entities/certificate.entity';
import { recipientsOf } from '../operations/recipients';

async function applyMode(
  manager: EntityManager,
  certificateId: string,
  next: { mode: CertificateMode; reason: string | null; periodStart: string },
): Promise<void> {
  const certificate = await manager
    .getRepository(CertificateEntity)
    .findOne({ where: { id: certificateId }, lock: { mode: 'pessimistic_write' } });
  if (!certificate || !replacesMode({ mode: certificate.mode, periodStart: certificate.modePeriodStart }, next)) return;
  const unchanged =
    certificate.mode === next.mode &&
    certificate.modeReasonCode === next.reason &&
    certificate.modePeriodStart === next.periodStart;
  if (unchanged) return;
  await manager.update(CertificateEntity, certificate.id, {
    mode: next.mode,
    modeReasonCode: next.reason,
    modePeriodStart: next.periodStart,
    updatedAt: new Date(),
  });
  await publish(manager, certificateModeChanged, certificate.id, {
    certificateId: certificate.id,
    number: certificate.number,
    childId: certificate.childId,
    mode: next.mode,
    ...(next.reason ? { reason: next.reason } : {}),
    periodStart: next.periodStart,
    ...(await recipientsOf(manager, certificate.applicationId)),
  });
}

/** Billing put the normative on the certificate: it is a financing one for that school year. */
export const onAccountOpened = (event: EventOf<typeof certificateAccountOpened>, manager: EntityManager) =>
  applyMode(manager, event.data.certificateId, { mode: 'financing', reason: null, periodStart: event.data.periodStart });

/** Billing had no room (quota, budget, no normative yet): it stays an accounting one, and the parent reads why. */
export const onAccountingOnly = (event: EventOf<typeof certificateAccountingOnly>, manager: EntityManager) =>
  applyMode(manager, event.data.certificateId, {
    mode: 'accounting',
    reason: event.data.reason,
    periodStart: event.data.periodStart,
  });
