import type { childChanged, childRegistered, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';

/** Keeps the child's parents, the only people who see what the child's certificate would pay. */
export async function onChildRecorded(
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
  manager: EntityManager,
): Promise<void> {
  await manager.query(
    `INSERT INTO children (child_id, parent_ids) VALUES ($1, $2)
     ON CONFLICT (child_id) DO UPDATE SET parent_ids = EXCLUDED.parent_ids`,
    [event.data.childId, event.data.parentIds],
  );
}
