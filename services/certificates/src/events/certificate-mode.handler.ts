import type { certificateAccountingOnly, certificateAccountOpened, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { applyCertificateMode } from '../operations/certificate-mode.operations';

/** Billing put the normative on the certificate: it is a financing one for that school year. */
export const onAccountOpened = (event: EventOf<typeof certificateAccountOpened>, manager: EntityManager) =>
  applyCertificateMode(manager, event.data.certificateId, {
    mode: 'financing',
    reason: null,
    periodStart: event.data.periodStart,
  });

/** Billing had no room (quota, budget, no normative yet): it stays an accounting one, and the parent reads why. */
export const onAccountingOnly = (event: EventOf<typeof certificateAccountingOnly>, manager: EntityManager) =>
  applyCertificateMode(manager, event.data.certificateId, {
    mode: 'accounting',
    reason: event.data.reason,
    periodStart: event.data.periodStart,
  });
