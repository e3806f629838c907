import { certificateAccountOpened, childRegistered, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { CertificatesConfig } from '../certificates.config';
import { onAccountingOnly, onAccountOpened } from './certificate-mode.handler';
import { upsertChild } from './child.handler';
import { terminateOnConsentWithdrawn } from './consent-withdrawn.handler';
import { upsertDocument } from './document.handler';

export interface CertificatesSubscriptions {
  groupId: string;
  identityTopic: string;
  billingTopic: string;
}

const production: CertificatesSubscriptions = {
  groupId: 'certificates',
  identityTopic: childRegistered.topic,
  billingTopic: certificateAccountOpened.topic,
};

/** Identity's events keep the children and documents read models; billing's set the mode. Tests pass their own topics. */
export function startCertificatesConsumer(
  { config, dataSource, logger }: ServiceRuntime<CertificatesConfig>,
  { groupId, identityTopic, billingTopic }: CertificatesSubscriptions = production,
): Promise<Stoppable> {
  return startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId,
    service: 'certificates',
    subscriptions: [{ topic: identityTopic }, { topic: billingTopic }],
    handlers: {
      'identity.ChildRegistered': upsertChild,
      'identity.ChildChanged': upsertChild,
      'identity.ConsentWithdrawn': terminateOnConsentWithdrawn,
      'identity.DocumentAdded': upsertDocument,
      'identity.DocumentChanged': upsertDocument,
      'billing.CertificateAccountOpened': onAccountOpened,
      'billing.CertificateAccountingOnly': onAccountingOnly,
    },
  });
}
