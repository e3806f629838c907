import { startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import { onApplicationSubmitted, onCertificateIssued, onCertificateStatusChanged } from './certificates.handler';

/** Turns certificates' events into queued messages; the delivery loop sends them. */
export const startCertificatesConsumer = ({
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
    subscriptions: [{ topic: 'certificates.events' }],
    handlers: {
      'certificates.CertificateApplicationSubmitted': onApplicationSubmitted,
      'certificates.CertificateIssued': onCertificateIssued,
      'certificates.CertificateStatusChanged': onCertificateStatusChanged,
    },
  });
