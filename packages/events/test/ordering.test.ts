import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { oneTo, publishCounts, sequences } from './support/counter.fixture';
import { useScenario } from './support/scenario.fixture';
import { brokers, uniqueName, waitFor } from './support/environment.fixture';

const AGGREGATES = 20;
const PER_AGGREGATE = 25;

describe('events of one aggregate', () => {
  const scenario = useScenario();
  const { events } = scenario;

  it('arrive in the order they were published, with two relays on one database', async () => {
    const db = scenario.db();
    await scenario.relay({ clientId: 'relay-a', batchSize: 37 });
    await scenario.relay({ clientId: 'relay-b', batchSize: 37 });
    await scenario.consumer(uniqueName('ordering'));

    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    await publishCounts(db, events, aggregates, { to: PER_AGGREGATE });
    await waitFor('every event handled', async () => (await db.effects()).length >= AGGREGATES * PER_AGGREGATE);

    const effects = await db.effects();
    expect(effects).toHaveLength(AGGREGATES * PER_AGGREGATE);
    const handled = sequences(effects);
    for (const aggregate of aggregates) expect(handled.get(aggregate)).toEqual(oneTo(PER_AGGREGATE));

    // the aggregates were spread over several partitions, so order held across them, not just in one
    const admin = new Kafka({ brokers: brokers(), logLevel: 0 }).admin();
    await admin.connect();
    const partitions = await admin.fetchTopicOffsets(events.topic);
    await admin.disconnect();
    expect(partitions.filter((p) => Number(p.high) > 0).length).toBeGreaterThan(1);
    expect(await db.dataSource.query('SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL')).toEqual([
      { unsent: 0 },
    ]);
  });
});
