import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventData, EventDefinition } from '../catalogue/define-event';
import { envelopeSchema, type EventOf } from '../envelope.schema';

/** The relay LISTENs on this channel; the notification is delivered when the caller's transaction commits. */
export const OUTBOX_CHANNEL = 'pdo_outbox';

/**
 * Records an event in the outbox inside the caller's transaction, so the state change and its event
 * commit or roll back together. Call it after the aggregate's row is locked or updated: then events of
 * one aggregate get outbox sequence numbers in commit order, which is the order the relay sends them.
 */
export async function publish<D extends EventDefinition>(
  manager: EntityManager,
  definition: D,
  aggregateId: string,
  data: EventData<D>,
): Promise<EventOf<D>> {
  const event = {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    aggregateId,
    data: definition.schema.parse(data),
  } as EventOf<D>;
  envelopeSchema.parse(event);
  await manager.query(
    `INSERT INTO outbox (id, topic, key, type, version, payload, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.id, definition.topic, aggregateId, event.type, event.version, JSON.stringify(event), event.occurredAt],
  );
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
  return event;
}
