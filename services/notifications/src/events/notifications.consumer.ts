import { eventsTopic, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import {
  onApplicationEntered,
  onApplicationSubmitted,
  onCertificateIssued,
  onCertificateMoved,
  onCertificateMoveRefused,
  onCertificateStatusChanged,
} from './certificates.handler';
import { onCoPaymentCharged, onInvoiceIssued } from './billing.handler';
import { onChildRecorded, onPasswordResetRequested } from './identity.handler';
import { onEnrollmentAccepted, onEnrollmentCancelled, onEnrollmentDeclined, onEnrollmentRequested } from './navigator.handler';

/** Turns other services' events into queued messages (the delivery loop sends them) and read models. */
export const startNotificationsConsumer = ({
  config,
  dataSource,
  logger,
}: ServiceRuntime<NotificationsConfig>): Promise<Stoppable> =>
  startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId: 'notifications',
    service: 'notifications',
    subscriptions: (['certificates', 'identity', 'navigator', 'billing'] as const).map((service) => ({
      topic: eventsTopic(service),
    })),
    handlers: {
      'certificates.CertificateApplicationSubmitted': onApplicationSubmitted,
      'certificates.CertificateApplicationEntered': onApplicationEntered,
      'certificates.CertificateIssued': onCertificateIssued,
      'certificates.CertificateStatusChanged': onCertificateStatusChanged,
      'certificates.CertificateMoved': onCertificateMoved,
      'certificates.CertificateMoveRefused': onCertificateMoveRefused,
      'identity.ChildRegistered': onChildRecorded,
      'identity.ChildChanged': onChildRecorded,
      'identity.PasswordResetRequested': onPasswordResetRequested,
      'navigator.EnrollmentRequested': onEnrollmentRequested,
      'navigator.EnrollmentAccepted': onEnrollmentAccepted,
      'navigator.EnrollmentDeclined': onEnrollmentDeclined,
      'navigator.EnrollmentCancelled': onEnrollmentCancelled,
      'billing.CoPaymentCharged': onCoPaymentCharged,
      'billing.InvoiceIssued': onInvoiceIssued,
    },
  });
