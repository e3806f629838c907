import { randomUUID } from 'node:crypto';
import { publishCounts } from './support/counter.fixture';
import { uniqueName, waitFor } from './support/environment.fixture';
import { useScenario } from './support/scenario.fixture';
import { caughtUp, produceRaw } from './support/kafka.fixture';

const AGGREGATES = 10;
const PER_AGGREGATE = 3;

describe('an event delivered again', () => {
  const scenario = useScenario();
  const { events } = scenario;

  it('changes nothing, whether sent twice or the whole topic is read again', async () => {
    const db = scenario.db();
    const first = uniqueName('redelivery');
    const second = uniqueName('redelivery');
    await scenario.relay();
    await scenario.consumer(first);
    const total = AGGREGATES * PER_AGGREGATE;
    await publishCounts(
      db,
      events,
      Array.from({ length: AGGREGATES }, () => randomUUID()),
      { to: PER_AGGREGATE },
    );
    await waitFor('every event handled', async () => (await db.effects()).length >= total);

    // the same event a second time, as a producer retry would send it
    const [sent] = await db.dataSource.query('SELECT key, payload FROM outbox ORDER BY seq LIMIT 1');
    await produceRaw(events.topic, [{ key: sent.key, value: JSON.stringify(sent.payload) }]);
    // and the whole topic again, into the same database, while the first group still runs
    await scenario.consumer(second);
    await waitFor(
      'both groups to have read the whole topic',
      async () => (await caughtUp(first, events.topic)) && (await caughtUp(second, events.topic)),
    );

    const effects = await db.effects();
    expect(effects).toHaveLength(total);
    expect(new Set(effects.map((effect) => effect.eventId)).size).toBe(total);
  }, 120_000);
});
