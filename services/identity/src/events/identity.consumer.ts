import { eventsTopic, startConsumer, type Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { IdentityConfig } from '../identity.config';
import { onEnrollmentRequested } from './enrollment.handler';

/** Navigator's enrolment requests: which providers may see a child's name. */
export const startIdentityConsumer = ({ config, dataSource, logger }: ServiceRuntime<IdentityConfig>): Promise<Stoppable> =>
  startConsumer({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    groupId: 'identity',
    service: 'identity',
    subscriptions: [{ topic: eventsTopic('navigator') }],
    handlers: { 'navigator.EnrollmentRequested': onEnrollmentRequested },
  });
