import type { certificateIssued, certificateStatusChanged, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordCertificateStatus, recordIssuedCertificate } from '../operations/read-model.operations';

export const onCertificateIssued = (event: EventOf<typeof certificateIssued>, manager: EntityManager) =>
  recordIssuedCertificate(manager, event);

export const onCertificateStatusChanged = (event: EventOf<typeof certificateStatusChanged>, manager: EntityManager) =>
  recordCertificateStatus(manager, event);
