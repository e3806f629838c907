import { startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { CertificatesConfig } from '../certificates.config';
import { upsertChild } from './child.handler';
import { terminateOnConsentWithdrawn } from './consent-withdrawn.handler';
import { upsertDocument } from './document.handler';

/** Keeps the children and documents read models from identity's events. */
export const startIdentityConsumer = ({ config, dataSource, logger }: ServiceRuntime<CertificatesConfig>): Promise<Stoppable> =>
  startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId: 'certificates',
    service: 'certificates',
    subscriptions: [{ topic: 'identity.events' }],
    handlers: {
      'identity.ChildRegistered': upsertChild,
      'identity.ChildChanged': upsertChild,
      'identity.ConsentWithdrawn': terminateOnConsentWithdrawn,
      'identity.DocumentAdded': upsertDocument,
      'identity.DocumentChanged': upsertDocument,
    },
  });
