import type { childChanged, childRegistered, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { requestCertificateMove } from '../operations/certificate-move.operations';

type ChildEvent = EventOf<typeof childRegistered> | EventOf<typeof childChanged>;

/**
 * Registered and changed carry the whole child, so both upsert. An older event arriving late (a replayed
 * dead letter) does not overwrite a newer one. A child who moved asks the new municipality to take the certificate.
 */
export async function upsertChild(event: ChildEvent, manager: EntityManager): Promise<void> {
  const { childId, parentIds, birthDate, municipalityCode, attendsSchool } = event.data;
  const [before] = (await manager.query('SELECT municipality_code FROM children WHERE id = $1 FOR UPDATE', [childId])) as {
    municipality_code: string;
  }[];
  const applied = (await manager.query(
    `INSERT INTO children (id, parent_ids, birth_date, municipality_code, attends_school, source_occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET
       parent_ids = EXCLUDED.parent_ids,
       birth_date = EXCLUDED.birth_date,
       municipality_code = EXCLUDED.municipality_code,
       attends_school = EXCLUDED.attends_school,
       source_occurred_at = EXCLUDED.source_occurred_at
     WHERE children.source_occurred_at <= EXCLUDED.source_occurred_at
     RETURNING id`,
    [childId, parentIds, birthDate, municipalityCode, attendsSchool, event.occurredAt],
  )) as unknown[];
  if (before && applied.length > 0 && before.municipality_code !== municipalityCode) {
    await requestCertificateMove(manager, childId, municipalityCode);
  }
}
