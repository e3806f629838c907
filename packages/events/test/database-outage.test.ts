import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { deadLetterTopic } from '../src/catalogue/topics';
import { publishCounts } from './support/counter.fixture';
import { useScenario } from './support/scenario.fixture';
import { brokers, sleep, uniqueName, waitFor } from './support/environment.fixture';

const COUNT = 20;

describe('a database that goes away while events wait', () => {
  const scenario = useScenario();
  const { events } = scenario;

  it('holds them back instead of dead-lettering them, then handles each once', async () => {
    const db = scenario.db();
    await scenario.relay();
    await publishCounts(db, events, [randomUUID(), randomUUID()], { to: COUNT / 2 });
    await waitFor(
      'the outbox sent',
      async () => (await db.dataSource.query('SELECT 1 FROM outbox WHERE sent_at IS NULL')).length === 0,
    );

    await db.refuseConnections(true);
    // without the database check, two failed tries would dead-letter every event
    await scenario.consumer(uniqueName('outage'), { retry: { attempts: 2, initialDelayMs: 50 } });
    await sleep(3000);
    await db.refuseConnections(false);
    await waitFor('every event handled', async () => (await db.effects()).length >= COUNT);

    expect(await db.effects()).toHaveLength(COUNT);
    const admin = new Kafka({ brokers: brokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const letters = await admin.fetchTopicOffsets(deadLetterTopic(events.service));
    await admin.disconnect();
    expect(letters.map((partition) => partition.high)).toEqual(letters.map(() => '0'));
  }, 120_000);
});
