import { z } from 'zod';
import { defineEvent } from '../../src/catalogue/define-event';
import type { EventHandler } from '../../src/consumer/event.consumer';
import type { EventOf } from '../../src/envelope.schema';
import { publish } from '../../src/outbox/outbox.publisher';
import type { TestDatabase } from './database.fixture';
import { uniqueName } from './environment.fixture';

/** A test-only event on a topic of its own; `n` numbers the events of one aggregate. */
export function counterEvents() {
  const service = uniqueName('events_test');
  const counted = defineEvent({
    type: 'test.Counted',
    version: 1,
    topic: `${service}.events`,
    schema: z.object({ n: z.number().int() }),
  });
  return { service, topic: counted.topic, counted, catalogue: [counted] as const };
}

export type CounterEvents = ReturnType<typeof counterEvents>;

/** The effect whose count proves each event was applied exactly once. */
export const recordEffect: EventHandler<EventOf<CounterEvents['counted']>> = async (event, manager) => {
  await manager.query('INSERT INTO effects (event_id, aggregate_id, n) VALUES ($1, $2, $3)', [
    event.id,
    event.aggregateId,
    event.data.n,
  ]);
};

/** Publishes `n` = from…to for each aggregate, interleaving aggregates, one transaction per event. */
export async function publishCounts(
  db: TestDatabase,
  events: CounterEvents,
  aggregates: string[],
  { from = 1, to = 1, pauseMs = 0 },
) {
  for (let n = from; n <= to; n += 1) {
    await Promise.all(
      aggregates.map((aggregate) => db.dataSource.transaction((manager) => publish(manager, events.counted, aggregate, { n }))),
    );
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** For each aggregate, the `n`s in the order they were handled. */
export function sequences(effects: { aggregateId: string; n: number }[]): Map<string, number[]> {
  const byAggregate = new Map<string, number[]>();
  for (const { aggregateId, n } of effects) byAggregate.set(aggregateId, [...(byAggregate.get(aggregateId) ?? []), n]);
  return byAggregate;
}

export const oneTo = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
