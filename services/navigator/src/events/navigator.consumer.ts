import { eventsTopic, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { NavigatorConfig } from '../navigator.config';
import { onCertificateIssued, onCertificateStatusChanged } from './certificate.handler';
import { upsertChild } from './child.handler';
import { onFundsRejected, onFundsReserved } from './funds.handler';
import { onNormativeSet } from './normative.handler';

/** Children and certificate statuses for the enrolment checks, billing's answers to enrolment requests and its normatives. */
export const startNavigatorConsumer = ({ config, dataSource, logger }: ServiceRuntime<NavigatorConfig>): Promise<Stoppable> =>
  startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId: 'navigator',
    service: 'navigator',
    subscriptions: (['certificates', 'identity', 'billing'] as const).map((service) => ({ topic: eventsTopic(service) })),
    handlers: {
      'identity.ChildRegistered': upsertChild,
      'identity.ChildChanged': upsertChild,
      'certificates.CertificateIssued': onCertificateIssued,
      'certificates.CertificateStatusChanged': onCertificateStatusChanged,
      'billing.EnrollmentFundsReserved': onFundsReserved,
      'billing.EnrollmentFundsRejected': onFundsRejected,
      'billing.NormativeSet': onNormativeSet,
    },
  });
