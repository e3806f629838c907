import type { documentAdded, documentChanged, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';

type DocumentEvent = EventOf<typeof documentAdded> | EventOf<typeof documentChanged>;

/** Added and changed carry the whole document, so both upsert; a late older event does not win. */
export async function upsertDocument(event: DocumentEvent, manager: EntityManager): Promise<void> {
  const { documentId, childId, kind } = event.data;
  await manager.query(
    `INSERT INTO child_documents (id, child_id, kind, source_occurred_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET
       child_id = EXCLUDED.child_id, kind = EXCLUDED.kind, source_occurred_at = EXCLUDED.source_occurred_at
     WHERE child_documents.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [documentId, childId, kind, event.occurredAt],
  );
}
