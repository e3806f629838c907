import { type childChanged, type childRegistered, type EventOf, upsertIfNewer } from '@pdo/events';
import type { EntityManager } from 'typeorm';

type ChildEvent = EventOf<typeof childRegistered> | EventOf<typeof childChanged>;

/** Both events carry the whole child, so both upsert; an older event arriving late (a replayed dead letter) changes nothing. */
export async function upsertChild(event: ChildEvent, manager: EntityManager): Promise<void> {
  const { childId, parentIds, birthDate, municipalityCode } = event.data;
  await upsertIfNewer(
    manager,
    {
      table: 'children',
      key: { column: 'id', value: childId },
      values: { parent_ids: parentIds, birth_date: birthDate, municipality_code: municipalityCode },
    },
    event.occurredAt,
  );
}
