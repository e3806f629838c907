import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventData, EventDefinition } from '../catalogue/define-event';
import { envelopeSchema, type EventOf } from '../envelope.schema';
import { currentTraceCarrier } from '../tracing/trace-context';

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
    `INSERT INTO outbox (id, topic, key, type, version, payload, occurred_at, trace_context) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.id,
      definition.topic,
      aggregateId,
      event.type,
      event.version,
      JSON.stringify(event),
      event.occurredAt,
      currentTraceCarrier(),
    ],
  );
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
  return event;
}

/**
 * Set-based `publish` for batch work (the month-end run): `select` yields one row per event as
 * `(aggregate_id text, data jsonb)` and its rows go to the outbox in one statement, in the caller's
 * transaction. The data is built by SQL, so the caller's tests check it against `definition.schema`;
 * consumers validate every event on receipt as always. Returns how many events were recorded.
 */
export async function publishSelected<D extends EventDefinition>(
  manager: EntityManager,
  definition: D,
  select: string,
  params: unknown[] = [],
): Promise<number> {
  const at = params.length + 1;
  const [{ count }]: { count: number }[] = await manager.query(
    `WITH recorded AS (
     INSERT INTO outbox (id, topic, key, type, version, payload, occurred_at, trace_context)
     SELECT e.id, $${at}, e.aggregate_id, $${at + 1}, $${at + 2}::int,
            jsonb_build_object('id', e.id, 'type', $${at + 1}::text, 'version', $${at + 2}::int,
              'occurredAt', $${at + 3}::text, 'aggregateId', e.aggregate_id, 'data', e.data),
            $${at + 3}::timestamptz, $${at + 4}::jsonb
     FROM (SELECT gen_random_uuid() AS id, s.aggregate_id::text AS aggregate_id, s.data FROM (${select}) s) e
     RETURNING 1)
     SELECT count(*)::int AS count FROM recorded`,
    [...params, definition.topic, definition.type, definition.version, new Date().toISOString(), currentTraceCarrier()],
  );
  if (count > 0) await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
  return count;
}
