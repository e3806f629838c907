// Done-when of the platform issue: SIGKILL a service while its relay is publishing, start it again,
// and every event it had committed to its outbox still reaches Kafka, in order per aggregate.
import { randomUUID } from 'node:crypto';
import { publish, userRegistered } from '@pdo/events';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { control, serviceDatabaseUrl } from './system-control';
import { requiredTestEnv } from '@pdo/service-kit/testing';

const EVENTS = 3000;
const AGGREGATES = 30;

describe('a service killed mid-stream', () => {
  const dataSource = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('identity') });
  const kafka = new Kafka({
    brokers: requiredTestEnv('KAFKA_BROKERS').split(','),
    clientId: 'outbox-kill-test',
    logLevel: logLevel.NOTHING,
  });

  beforeAll(() => dataSource.initialize());
  afterAll(() => dataSource.destroy());

  it('loses no outbox event and keeps each aggregate in order', async () => {
    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    const published: { id: string; aggregateId: string }[] = [];
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < EVENTS; i += 1) {
        const aggregateId = aggregates[i % AGGREGATES]!;
        const event = await publish(manager, userRegistered, aggregateId, { userId: aggregateId, roles: ['parent'] });
        published.push({ id: event.id, aggregateId });
      }
    });

    const received = new Map<string, string[]>();
    const seen = new Set<string>();
    const consumer = kafka.consumer({ groupId: `outbox-kill-${randomUUID()}` });
    await consumer.connect();
    // The relay creates its topic on first send, which may not have happened yet.
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'identity.events', numPartitions: 3, replicationFactor: 1 }],
    });
    await admin.disconnect();
    await consumer.subscribe({ topic: 'identity.events', fromBeginning: true });
    const ours = new Set(published.map((e) => e.id));
    const allSeen = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          const event = JSON.parse(message.value!.toString()) as { id: string; aggregateId: string };
          if (!ours.has(event.id) || seen.has(event.id)) return;
          seen.add(event.id);
          received.set(event.aggregateId, [...(received.get(event.aggregateId) ?? []), event.id]);
          if (seen.size === EVENTS) resolve();
        },
      });
    });

    // Kill while the relay is still working through the batch, then start it again.
    await control('/services/identity/kill');
    await Promise.race([
      allSeen,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${seen.size} of ${EVENTS} events arrived`)), 120_000)),
    ]);
    await consumer.disconnect();

    expect(seen.size).toBe(EVENTS);
    for (const aggregateId of aggregates) {
      expect(received.get(aggregateId)).toEqual(published.filter((e) => e.aggregateId === aggregateId).map((e) => e.id));
    }
    // Kafka delivers a batch before the relay's transaction marking it sent commits: wait for that commit.
    const unsent = async () =>
      ((await dataSource.query('SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL')) as { unsent: number }[])[0]!
        .unsent;
    for (const deadline = Date.now() + 30_000; (await unsent()) > 0 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await unsent()).toBe(0);
  });
});
