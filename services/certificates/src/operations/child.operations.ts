import {
  type childChanged,
  type childRegistered,
  type documentAdded,
  type documentChanged,
  type EventOf,
  upsertIfNewer,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { requestCertificateMove } from './certificate-move.operations';
import { changeCertificateStatus, lockCertificate } from './certificate-status.operations';

/** Shown to the family as the termination's reason. */
const CONSENT_WITHDRAWN_REASON = 'Отозвано согласие на обработку персональных данных';

/**
 * Registered and changed carry the whole child, so both upsert. An older event arriving late (a replayed
 * dead letter) does not overwrite a newer one. A child who moved asks the new municipality to take the certificate.
 */
export async function recordChild(
  manager: EntityManager,
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
): Promise<void> {
  const { childId, parentIds, birthDate, municipalityCode, attendsSchool } = event.data;
  const [before] = (await manager.query('SELECT municipality_code FROM children WHERE id = $1 FOR UPDATE', [childId])) as {
    municipality_code: string;
  }[];
  const applied = await upsertIfNewer(
    manager,
    {
      table: 'children',
      key: { column: 'id', value: childId },
      values: {
        parent_ids: parentIds,
        birth_date: birthDate,
        municipality_code: municipalityCode,
        attends_school: attendsSchool,
      },
    },
    event.occurredAt,
  );
  if (before && applied && before.municipality_code !== municipalityCode) {
    await requestCertificateMove(manager, childId, municipalityCode);
  }
}

/** Added and changed carry the whole document, so both upsert; a late older event does not win. */
export async function recordChildDocument(
  manager: EntityManager,
  event: EventOf<typeof documentAdded> | EventOf<typeof documentChanged>,
): Promise<void> {
  const { documentId, childId, kind } = event.data;
  await manager.query(
    `INSERT INTO child_documents (id, child_id, kind, source_occurred_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET
       child_id = EXCLUDED.child_id, kind = EXCLUDED.kind, source_occurred_at = EXCLUDED.source_occurred_at
     WHERE child_documents.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [documentId, childId, kind, event.occurredAt],
  );
}

/** Without consent the child's data may not be processed: the live certificate ends. */
export async function endWithoutConsent(manager: EntityManager, childId: string, withdrawnAt: string): Promise<void> {
  await manager.query('UPDATE children SET consent_withdrawn_at = $2 WHERE id = $1', [childId, withdrawnAt]);
  const certificate = await lockCertificate(manager, { childId, live: true });
  if (certificate) await changeCertificateStatus(manager, certificate, 'terminate', { reason: CONSENT_WITHDRAWN_REASON });
}
