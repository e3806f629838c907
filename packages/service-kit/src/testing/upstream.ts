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

/** A consumer under test on the real broker; `start` in `beforeAll`, `stop` in `afterAll`. */
export interface ConsumerSetting extends Stoppable {
  start(): Promise<void>;
  /** After `start`. */
  database: TestDatabase;
  /** After `start`: sends to the consumer through an outbox relay, as another service would. */
  upstream: Upstream;
}

/**
 * A consumer test's setting: the service's test database (`prepare` adds what the tests assume), an upstream that
 * sends to it through the real broker, and the consumer started on them. `stop` stops and drops all of it.
 */
export function consumerSetting<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  logger: Logger,
  startConsumer: (runtime: ServiceRuntime<C>) => Promise<Stoppable>,
  prepare: (database: TestDatabase) => Promise<void> = async () => undefined,
): ConsumerSetting {
  let started: { database: TestDatabase; upstream: Upstream; consumer?: Stoppable } | undefined;
  const running = () => {
    if (!started) throw new Error('consumerSetting: call start() first, in beforeAll');
    return started;
  };
  return {
    get database() {
      return running().database;
    },
    get upstream() {
      return running().upstream;
    },
    async start() {
      const database = await createTestDatabase(definition);
      started = { database, upstream: await startUpstream(definition, logger) };
      await prepare(database);
      started.consumer = await startConsumer(testRuntime(definition, database, logger));
    },
    async stop() {
      await started?.consumer?.stop();
      await Promise.all([started?.database.drop(), started?.upstream.stop()]);
    },
  };
}
