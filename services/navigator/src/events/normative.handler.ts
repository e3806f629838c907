import type { EventOf, normativeSet } from '@pdo/events';
import type { EntityManager } from 'typeorm';

/** One row per normative and the day it takes effect; an older event arriving late (a replayed dead letter) changes nothing. */
export async function onNormativeSet(event: EventOf<typeof normativeSet>, manager: EntityManager): Promise<void> {
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
