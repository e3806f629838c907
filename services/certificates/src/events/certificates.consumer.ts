import { certificateAccountOpened, childRegistered, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { CertificatesConfig } from '../certificates.config';
import { onAccountingOnly, onAccountOpened } from './certificate-mode.handler';
import { upsertChild } from './child.handler';
import { terminateOnConsentWithdrawn } from './consent-withdrawn.handler';
import { upsertDocument } from './document.handler';

/** Identity's events keep the children and documents read models; billing's set the certificate's mode. */
export const startCertificatesConsumer = ({
  config,
  dataSource,
  logger,
}: ServiceRuntime<CertificatesConfig>): Promise<Stoppable> =>
  startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId: 'certificates',
    service: 'certificates',
    subscriptions: [{ topic: childRegistered.topic }, { topic: certificateAccountOpened.topic }],
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
