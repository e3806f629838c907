import { randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { deadLetterTopic } from '../src/catalogue/topics';
import { replayDeadLetters } from '../src/dead-letter/dead-letter.replay';
import { RELAY_LOCK_KEY } from '../src/outbox/outbox.relay';
import { publishCounts, recordEffect } from './support/counter.fixture';
import { useScenario } from './support/scenario.fixture';
import { brokers, logger, uniqueName, waitFor } from './support/environment.fixture';

const COUNT = 12;
const POISON = 5;

/** The samples of one series in the process's registry (what /metrics would print), by their labels. */
async function samples(name: string, labels: Record<string, string> = {}): Promise<number[]> {
  const metric = register.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  return (await metric.get()).values
    .filter((sample) => Object.entries(labels).every(([key, value]) => String(sample.labels[key]) === value))
    .map((sample) => sample.value);
}
const total = async (name: string, labels: Record<string, string> = {}) =>
  (await samples(name, labels)).reduce((sum, value) => sum + value, 0);

describe('the event backbone’s metrics, on a real broker and database', () => {
  const scenario = useScenario();
  const { events } = scenario;
  const dlq = deadLetterTopic(events.service);
  let broken = true;

  it('show the outbox backlog and its oldest row, down to zero once the relay drains it', async () => {
    const db = scenario.db();
    // another replica's relay holds the lock: ours may not send yet
    const otherRelay = db.dataSource.createQueryRunner();
    await otherRelay.connect();
    await otherRelay.startTransaction();
    await otherRelay.query('SELECT pg_advisory_xact_lock($1)', [RELAY_LOCK_KEY]);
    try {
      await publishCounts(db, events, [randomUUID()], { to: COUNT });
      await scenario.relay({ pollIntervalMs: 100 });
      expect(await total('pdo_outbox_backlog')).toBe(COUNT);
      await waitFor('the oldest row aging', async () => (await total('pdo_outbox_oldest_age_seconds')) > 0.2);
    } finally {
      await otherRelay.rollbackTransaction();
      await otherRelay.release();
    }
    await waitFor('the outbox drained', async () => (await total('pdo_outbox_backlog')) === 0);
    expect(await total('pdo_outbox_oldest_age_seconds')).toBe(0);
    expect(await total('pdo_outbox_published_total', { topic: events.topic })).toBe(COUNT);
  });

  it('count handling per topic, lag down to zero, and dead letters until they are replayed', async () => {
    const db = scenario.db();
    await scenario.consumer(uniqueName('metrics'), {
      handlers: {
        'test.Counted': async (event, manager) => {
          if (broken && event.data.n === POISON) throw new Error('обработчик не справился');
          await recordEffect(event, manager);
        },
      },
      retry: { attempts: 2, initialDelayMs: 20 },
      deadLetterDepthIntervalMs: 200,
    });
    await waitFor('all but the poison event handled', async () => (await db.effects()).length >= COUNT - 1);

    const handlings = async (outcome: string) =>
      (await register.getSingleMetric('pdo_kafka_message_handling_seconds')!.get()).values.find(
        (sample) =>
          (sample as { metricName?: string }).metricName === 'pdo_kafka_message_handling_seconds_count' &&
          sample.labels.topic === events.topic &&
          sample.labels.outcome === outcome,
      )?.value;
    await waitFor('the poison event dead-lettered', async () => (await handlings('dead_lettered')) === 1);
    expect(await handlings('handled')).toBe(COUNT - 1);
    expect((await samples('pdo_kafka_consumer_lag', { topic: events.topic })).length).toBeGreaterThan(0);
    await waitFor('the lag at zero', async () => (await total('pdo_kafka_consumer_lag', { topic: events.topic })) === 0);
    expect(await total('pdo_kafka_dead_letters_total', { topic: events.topic })).toBe(1);
    await waitFor(
      'the letter counted in the dead-letter depth',
      async () => (await total('pdo_kafka_dead_letter_depth', { topic: dlq })) === 1,
    );

    broken = false;
    expect(await replayDeadLetters({ brokers: brokers(), service: events.service, logger })).toEqual({ replayed: 1 });
    await waitFor(
      'the depth back at zero after the replay',
      async () => (await total('pdo_kafka_dead_letter_depth', { topic: dlq })) === 0,
    );
    await waitFor('the replayed event handled', async () => (await db.effects()).length === COUNT);
    expect(await handlings('handled')).toBe(COUNT);
  });
});
