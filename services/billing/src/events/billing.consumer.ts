import { certificateIssued, enrollmentRequested, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import { onCertificateIssued, onCertificateStatusChanged } from './certificate.handler';
import { onEnrollmentAccepted, onEnrollmentEnded, onEnrollmentRequested } from './enrollment.handler';

export interface BillingSubscriptions {
  groupId: string;
  certificatesTopic: string;
  navigatorTopic: string;
}

const production: BillingSubscriptions = {
  groupId: 'billing',
  certificatesTopic: certificateIssued.topic,
  navigatorTopic: enrollmentRequested.topic,
};

/** Billing's read model of certificates and its side of the enrolment saga; tests pass their own topics. */
export function startBillingConsumer(
  { config, dataSource, logger }: ServiceRuntime,
  { groupId, certificatesTopic, navigatorTopic }: BillingSubscriptions = production,
): Promise<Stoppable> {
  return startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId,
    service: 'billing',
    subscriptions: [{ topic: certificatesTopic }, { topic: navigatorTopic }],
    handlers: {
      'certificates.CertificateIssued': onCertificateIssued,
      'certificates.CertificateStatusChanged': onCertificateStatusChanged,
      'navigator.EnrollmentRequested': onEnrollmentRequested,
      'navigator.EnrollmentAccepted': onEnrollmentAccepted,
      'navigator.EnrollmentDeclined': onEnrollmentEnded,
      'navigator.EnrollmentCancelled': onEnrollmentEnded,
    },
  });
}
