import { randomUUID } from 'node:crypto';
import { oneTo, publishCounts, sequences } from './support/counter.fixture';
import { requiredEnv, uniqueName, waitFor } from './support/environment.fixture';
import { useScenario } from './support/scenario.fixture';

const AGGREGATES = 10;
const PER_AGGREGATE = 40;

/** Stops or starts the broker through the test runner's control endpoint; resolves when it is done. */
async function broker(action: 'stop' | 'start'): Promise<void> {
  const response = await fetch(`${requiredEnv('KAFKA_CONTROL_URL')}/kafka/${action}`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`could not ${action} Kafka: ${response.status} ${await response.text()}`);
}

describe('a broker that stops in the middle of a stream and comes back', () => {
  const scenario = useScenario();
  const { events } = scenario;

  it('loses no event and applies none twice', async () => {
    const db = scenario.db();
    await scenario.relay();
    await scenario.consumer(uniqueName('restart'));
    const total = AGGREGATES * PER_AGGREGATE;
    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    const half = PER_AGGREGATE / 2;
    const firstHalf = publishCounts(db, events, aggregates, { to: half, pauseMs: 50 });

    await waitFor('the stream to be flowing', async () => (await db.effects()).length >= total / 10);
    await broker('stop');
    await firstHalf;
    await publishCounts(db, events, aggregates, { from: half + 1, to: PER_AGGREGATE });
    // the second half waits in the outbox for the broker
    const [{ unsent }] = await db.dataSource.query('SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL');
    expect(unsent).toBeGreaterThanOrEqual(AGGREGATES * half);
    await broker('start');
    await waitFor('every event handled', async () => (await db.effects()).length >= total, 110_000);

    const effects = await db.effects();
    expect(effects).toHaveLength(total);
    expect(new Set(effects.map((effect) => effect.eventId)).size).toBe(total);
    const handled = sequences(effects);
    for (const aggregate of aggregates) expect(handled.get(aggregate)).toEqual(oneTo(PER_AGGREGATE));
  }, 180_000);
});
