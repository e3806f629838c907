import { certificateIssued, childRegistered, enrollmentRequested, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import { onCertificateIssued, onCertificateMoved, onCertificateStatusChanged } from './certificate.handler';
import { onChildRecorded } from './child.handler';
import { onEnrollmentAccepted, onEnrollmentEnded, onEnrollmentRequested } from './enrollment.handler';

export interface BillingSubscriptions {
  groupId: string;
  certificatesTopic: string;
  navigatorTopic: string;
  identityTopic?: string;
}

const production: BillingSubscriptions = {
  groupId: 'billing',
  certificatesTopic: certificateIssued.topic,
  navigatorTopic: enrollmentRequested.topic,
  identityTopic: childRegistered.topic,
};

/** Billing's read model of certificates and its side of the enrolment saga; tests pass their own topics. */
export function startBillingConsumer(
  { config, dataSource, logger }: ServiceRuntime,
  { groupId, certificatesTopic, navigatorTopic, identityTopic }: BillingSubscriptions = production,
): Promise<Stoppable> {
  return startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId,
    service: 'billing',
    subscriptions: [
      { topic: certificatesTopic },
      { topic: navigatorTopic },
      ...(identityTopic === undefined ? [] : [{ topic: identityTopic }]),
    ],
    handlers: {
      'identity.ChildRegistered': onChildRecorded,
      'identity.ChildChanged': onChildRecorded,
      'certificates.CertificateIssued': onCertificateIssued,
      'certificates.CertificateStatusChanged': onCertificateStatusChanged,
      'certificates.CertificateMoved': onCertificateMoved,
      'navigator.EnrollmentRequested': onEnrollmentRequested,
      'navigator.EnrollmentAccepted': onEnrollmentAccepted,
      'navigator.EnrollmentDeclined': onEnrollmentEnded,
      'navigator.EnrollmentCancelled': onEnrollmentEnded,
    },
  });
}
