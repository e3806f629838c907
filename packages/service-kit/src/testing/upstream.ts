import { publish, startOutboxRelay, type EventData, type EventDefinition, type Stoppable } from '@pdo/events';
import type { Logger } from '../logger';
import type { BaseConfig } from '../config';
import { readConfig, type ServiceDefinition, type ServiceRuntime } from '../service';
import { createTestDatabase, requiredTestEnv, type TestDatabase } from './test-database';

/**
 * What a service's consumers, timers and seed are given, on a test database and the test broker; `env` adds
 * what the service's own configuration requires.
 */
export function testRuntime<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  database: TestDatabase,
  logger: Logger,
  env: NodeJS.ProcessEnv = {},
): ServiceRuntime<C> {
  const config = readConfig(definition, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: requiredTestEnv('KAFKA_BROKERS'),
    GATEWAY_SECRET: 'x'.repeat(32),
    ...env,
  });
  return { config, dataSource: database.dataSource, logger };
}

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
