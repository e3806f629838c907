import { certificateModeChanged, publish } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { replacesMode, type CertificateMode } from '../domain/certificate-mode';
import { CertificateEntity } from '../entities/certificate.entity';
import { recipientsOf } from './recipients';

/** Billing's answer for a school year sets the certificate's mode; an older answer never replaces a newer one. */
export async function applyCertificateMode(
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
