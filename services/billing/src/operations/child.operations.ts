import { type childChanged, type childRegistered, type EventOf, upsertIfNewer } from '@pdo/events';
import type { EntityManager } from 'typeorm';

/** Keeps the child's parents, the only people who see what the child's certificate would pay. */
export async function recordChild(
  manager: EntityManager,
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
): Promise<void> {
  await upsertIfNewer(
    manager,
    { table: 'children', key: { column: 'child_id', value: event.data.childId }, values: { parent_ids: event.data.parentIds } },
    event.occurredAt,
  );
}
