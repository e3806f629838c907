import { publish, startOutboxRelay, type EventData, type EventDefinition, type Stoppable } from '@pdo/events';
import type { Logger } from '../logger';
import type { BaseConfig } from '../config';
import type { ServiceDefinition } from '../service';
import { createTestDatabase, requiredTestEnv } from './test-database';

export interface Upstream extends Stoppable {
  /** Publishes through the outbox on `topic` (a test's own topic, so other runs' events stay apart). */
  send<D extends EventDefinition>(definition: D, topic: string, aggregateId: string, data: EventData<D>): Promise<unknown>;
}

/**
 * The services upstream of a consumer under test: a database of their own whose outbox a relay sends to
 * the real broker, as in production. `stop` ends the relay and drops the database.
 */
export async function startUpstream<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  logger: Logger,
  clientId = 'upstream-test',
): Promise<Upstream> {
  const database = await createTestDatabase(definition);
  const relay = await startOutboxRelay({
    dataSource: database.dataSource,
    brokers: requiredTestEnv('KAFKA_BROKERS').split(','),
    clientId,
    logger,
  });
  return {
    send: (eventDefinition, topic, aggregateId, data) =>
      database.dataSource.transaction((manager) => publish(manager, { ...eventDefinition, topic }, aggregateId, data)),
    async stop() {
      await relay.stop();
      await database.drop();
    },
  };
}
