import type { certificateIssued, certificateMoved, certificateStatusChanged, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import {
  applyCertificateStatus,
  moveCertificateAccount,
  recordIssuedCertificate,
} from '../operations/certificate-account.operations';

export const onCertificateIssued = (event: EventOf<typeof certificateIssued>, manager: EntityManager): Promise<void> =>
  recordIssuedCertificate(manager, event);

export const onCertificateMoved = (event: EventOf<typeof certificateMoved>, manager: EntityManager): Promise<void> =>
  moveCertificateAccount(manager, event);

export const onCertificateStatusChanged = (
  event: EventOf<typeof certificateStatusChanged>,
  manager: EntityManager,
): Promise<void> => applyCertificateStatus(manager, event);
