import { startConsumer, type ConsumerOptions } from '../../src/consumer/event.consumer';
import type { Stoppable } from '../../src/kafka/kafka.client';
import { startOutboxRelay, type OutboxRelayOptions } from '../../src/outbox/outbox.relay';
import { counterEvents, recordEffect, type CounterEvents } from './counter.fixture';
import { createTestDatabase, type TestDatabase } from './database.fixture';
import { brokers, logger } from './environment.fixture';

type CounterConsumerOptions = ConsumerOptions<CounterEvents['catalogue']>;

/**
 * What every events test stands on: its own database and topic, a relay and counting consumers on them,
 * and, after the tests, everything stopped and the database dropped.
 */
export function useScenario() {
  const events = counterEvents();
  const running: Stoppable[] = [];
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.refuseConnections(false);
    for (const stoppable of running) await stoppable.stop();
    await database?.drop();
  }, 60_000);

  const db = (): TestDatabase => {
    if (!database) throw new Error('the test database is not ready yet');
    return database;
  };
  const keep = async (starting: Promise<Stoppable>): Promise<Stoppable> => {
    const stoppable = await starting;
    running.push(stoppable);
    return stoppable;
  };

  return {
    events,
    db,
    relay: (overrides: Partial<OutboxRelayOptions> = {}) =>
      keep(startOutboxRelay({ dataSource: db().dataSource, brokers: brokers(), clientId: 'relay', logger, ...overrides })),
    /** a consumer that records each `test.Counted` once, unless the test brings its own handlers */
    consumer: (groupId: string, overrides: Partial<CounterConsumerOptions> = {}) =>
      keep(
        startConsumer({
          dataSource: db().dataSource,
          brokers: brokers(),
          groupId,
          service: events.service,
          subscriptions: [{ topic: events.topic }],
          catalogue: events.catalogue,
          handlers: { 'test.Counted': recordEffect },
          logger,
          ...overrides,
        }),
      ),
  };
}
