import type { certificateIssued, certificateStatusChanged, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { endEnrollmentsOfTerminated } from '../operations/enrollment.operations';

/** An issued certificate is inactive until activated; a status that arrived first (replayed out of order) is kept. */
export async function onCertificateIssued(event: EventOf<typeof certificateIssued>, manager: EntityManager): Promise<void> {
  const { certificateId, childId, number, municipalityCode } = event.data;
  await manager.query(
    `INSERT INTO certificates (id, child_id, number, municipality_code, status, status_occurred_at)
     VALUES ($1, $2, $3, $4, 'inactive', $5)
     ON CONFLICT (id) DO UPDATE SET municipality_code = EXCLUDED.municipality_code`,
    [certificateId, childId, number, municipalityCode, event.occurredAt],
  );
}

/** The newest status wins; an older one arriving late changes nothing. Termination ends the enrolments. */
export async function onCertificateStatusChanged(
  event: EventOf<typeof certificateStatusChanged>,
  manager: EntityManager,
): Promise<void> {
  const { certificateId, childId, number, status } = event.data;
  await manager.query(
    `INSERT INTO certificates (id, child_id, number, status, status_occurred_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, status_occurred_at = EXCLUDED.status_occurred_at
     WHERE certificates.status_occurred_at <= EXCLUDED.status_occurred_at`,
    [certificateId, childId, number, status, event.occurredAt],
  );
  if (status === 'terminated') await endEnrollmentsOfTerminated(manager, certificateId, new Date(event.occurredAt));
}
