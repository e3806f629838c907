import {
  type certificateIssued,
  type certificateStatusChanged,
  type childChanged,
  type childRegistered,
  type EventOf,
  type normativeSet,
  upsertIfNewer,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { endEnrollmentsOfTerminated } from './enrollment.operations';

// What navigator keeps of other services' records, from their events; an older event arriving late
// (a replayed dead letter) changes nothing.

/** Both events carry the whole child, so both upsert. */
export async function recordChild(
  manager: EntityManager,
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
): Promise<void> {
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

/** An issued certificate is inactive until activated; a status that arrived first (replayed out of order) is kept. */
export async function recordIssuedCertificate(manager: EntityManager, event: EventOf<typeof certificateIssued>): Promise<void> {
  const { certificateId, childId, number, municipalityCode } = event.data;
  await manager.query(
    `INSERT INTO certificates (id, child_id, number, municipality_code, status, status_occurred_at)
     VALUES ($1, $2, $3, $4, 'inactive', $5)
     ON CONFLICT (id) DO UPDATE SET municipality_code = EXCLUDED.municipality_code`,
    [certificateId, childId, number, municipalityCode, event.occurredAt],
  );
}

/** The newest status wins. Termination ends the enrolments. */
export async function recordCertificateStatus(
  manager: EntityManager,
  event: EventOf<typeof certificateStatusChanged>,
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

/** One row per normative and the day it takes effect. */
export async function recordNormative(manager: EntityManager, event: EventOf<typeof normativeSet>): Promise<void> {
  const { normativeId, municipalityCode, groupName, periodStart, effectiveFrom, amountKopecksPerYear } = event.data;
  await manager.query(
    `INSERT INTO normatives (normative_id, effective_from, municipality_code, group_name, period_start, amount_kopecks_per_year, source_occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (normative_id, effective_from) DO UPDATE SET
       municipality_code = EXCLUDED.municipality_code,
       group_name = EXCLUDED.group_name,
       period_start = EXCLUDED.period_start,
       amount_kopecks_per_year = EXCLUDED.amount_kopecks_per_year,
       source_occurred_at = EXCLUDED.source_occurred_at
     WHERE normatives.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [normativeId, effectiveFrom, municipalityCode, groupName, periodStart, amountKopecksPerYear, event.occurredAt],
  );
}
