import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { deadLetterTopic } from '../src/catalogue/topics';
import { deadLetterHeaders } from '../src/dead-letter/dead-letter.headers';
import { replayDeadLetters } from '../src/dead-letter/dead-letter.replay';
import { oneTo, publishCounts, recordEffect, sequences } from './support/counter.fixture';
import { useScenario } from './support/scenario.fixture';
import { brokers, logger, uniqueName, waitFor } from './support/environment.fixture';
import { produceRaw, readMessages } from './support/kafka.fixture';

const COUNT = 30;
const POISON = 13;

describe('an event that cannot be handled', () => {
  const scenario = useScenario();
  const { events } = scenario;
  const dlq = deadLetterTopic(events.service);
  const aggregate = randomUUID();
  /** the bug in the handler, until someone fixes it */
  let broken = true;

  it('goes to the dead-letter topic while the rest flow, and is handled after a replay', async () => {
    const db = scenario.db();
    await scenario.relay();
    await scenario.consumer(uniqueName('dead-letter'), {
      handlers: {
        'test.Counted': async (event, manager) => {
          if (broken && event.data.n === POISON) throw new Error('обработчик не справился');
          await recordEffect(event, manager);
        },
      },
      retry: { attempts: 3, initialDelayMs: 50 },
    });

    // one aggregate: the poison event and the events after it share a partition, and those still flow
    await publishCounts(db, events, [aggregate], { to: COUNT });
    await waitFor('all but the poison event handled', async () => (await db.effects()).length >= COUNT - 1);
    await produceRaw(events.topic, [{ key: aggregate, value: 'не JSON' }]);

    const [poison, garbage] = await readMessages(dlq, 2);
    const header = (letter: KafkaMessage, name: keyof typeof deadLetterHeaders) =>
      letter.headers?.[deadLetterHeaders[name]]?.toString();
    expect([poison.key?.toString(), garbage.key?.toString()]).toEqual([aggregate, aggregate]);
    expect(JSON.parse(String(poison.value)).data).toEqual({ n: POISON });
    expect([header(poison, 'topic'), header(poison, 'error'), header(poison, 'attempts')]).toEqual([
      events.topic,
      'обработчик не справился',
      '3',
    ]);
    expect(Number(header(poison, 'offset'))).toBeGreaterThanOrEqual(0);
    expect(Number(header(poison, 'partition'))).toBeGreaterThanOrEqual(0);
    // a message that is no event at all is not retried
    expect(String(garbage.value)).toBe('не JSON');
    expect([header(garbage, 'error'), header(garbage, 'attempts')]).toEqual(['not JSON', '0']);

    broken = false;
    expect(await replayDeadLetters({ brokers: brokers(), service: events.service, logger })).toEqual({ replayed: 2 });
    await waitFor('the replayed event handled', async () => (await db.effects()).length >= COUNT);
    // the non-event fails again and is the only new letter; a second replay resends just that one
    await readMessages(dlq, 3);
    expect(await replayDeadLetters({ brokers: brokers(), service: events.service, logger })).toEqual({ replayed: 1 });
    await readMessages(dlq, 4);

    const effects = await db.effects();
    expect(effects).toHaveLength(COUNT);
    expect([...(sequences(effects).get(aggregate) ?? [])].sort((a, b) => a - b)).toEqual(oneTo(COUNT));
  }, 120_000);
});
