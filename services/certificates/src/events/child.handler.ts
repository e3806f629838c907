import { type childChanged, type childRegistered, type EventOf, upsertIfNewer } from '@pdo/events';
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
