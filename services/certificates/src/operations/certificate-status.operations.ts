import { certificateStatusChanged, publish } from '@pdo/events';
import { DomainError } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { transition, type CertificateAction, type TransitionRefusal } from '../domain/certificate-status';
import { CertificateEntity } from '../entities/certificate.entity';
import { recipientsOf } from './recipients';

const refusalMessages: Record<TransitionRefusal, string> = {
  CERTIFICATE_ALREADY_ACTIVE: 'Сертификат уже активирован.',
  CERTIFICATE_TERMINATED: 'Действие сертификата прекращено, изменить его статус нельзя.',
  CERTIFICATE_STATUS_CONFLICT: 'В текущем статусе сертификата это действие невозможно.',
};

export interface StatusChange {
  reason?: string;
  /** extra columns written with the new status, e.g. who activated it */
  also?: Partial<Pick<CertificateEntity, 'checkedDocuments' | 'activatedByUserId' | 'activatedAt'>>;
}

/** Moves a locked certificate along the transition table and records the event in the same transaction. */
export async function changeCertificateStatus(
  manager: EntityManager,
  certificate: CertificateEntity,
  action: CertificateAction,
  { reason, also = {} }: StatusChange = {},
): Promise<CertificateEntity> {
  const result = transition(certificate.status, action);
  if (!result.ok) throw new DomainError(result.refusal, refusalMessages[result.refusal]);
  const changed: CertificateEntity = {
    ...certificate,
    ...also,
    status: result.status,
    terminationReason: action === 'terminate' ? (reason ?? null) : certificate.terminationReason,
    updatedAt: new Date(),
  };
  await manager.update(CertificateEntity, certificate.id, {
    ...also,
    status: changed.status,
    terminationReason: changed.terminationReason,
    updatedAt: changed.updatedAt,
  });
  await publish(manager, certificateStatusChanged, certificate.id, {
    certificateId: certificate.id,
    number: certificate.number,
    childId: certificate.childId,
    status: changed.status,
    previousStatus: certificate.status,
    ...(reason ? { reason } : {}),
    ...(await recipientsOf(manager, certificate.applicationId)),
  });
  return changed;
}

export const lockCertificate = (manager: EntityManager, where: { id: string } | { childId: string; live: true }) =>
  'id' in where
    ? manager.getRepository(CertificateEntity).findOne({ where: { id: where.id }, lock: { mode: 'pessimistic_write' } })
    : manager
        .getRepository(CertificateEntity)
        .createQueryBuilder('c')
        .where('c.child_id = :childId', { childId: where.childId })
        .andWhere(`c.status <> 'terminated'`)
        .setLock('pessimistic_write')
        .getOne();
