import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { nextMonthStart } from '../domain/month';
import { DEFAULT_GROUP_NAME } from '../domain/normative.rules';

/**
 * DOMAIN.md: the account, its holds and its future charges follow the child to the new municipality from the
 * month after the move; this month is still charged to the old one. The account is counted under the new
 * municipality's normative for its school year (its budget counts the child, the old one's frees it); it
 * keeps its balance. A replayed or older move changes nothing.
 */
export async function moveAccount(
  manager: EntityManager,
  certificateId: string,
  toMunicipalityCode: string,
  movedAt: Date,
): Promise<void> {
  const fromMonth = nextMonthStart(`${kuzbassDate(movedAt).slice(0, 7)}-01`);
  await manager.query(
    `INSERT INTO certificate_municipalities (certificate_id, from_month, municipality_code, occurred_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (certificate_id, from_month) DO UPDATE SET municipality_code = EXCLUDED.municipality_code, occurred_at = EXCLUDED.occurred_at
     WHERE certificate_municipalities.occurred_at < EXCLUDED.occurred_at`,
    [certificateId, fromMonth, toMunicipalityCode, movedAt.toISOString()],
  );
  // the latest move says where the certificate belongs from now on
  const [latest]: { municipality_code: string }[] = await manager.query(
    `SELECT municipality_code FROM certificate_municipalities WHERE certificate_id = $1 ORDER BY from_month DESC LIMIT 1`,
    [certificateId],
  );
  const municipalityCode = latest!.municipality_code;
  await manager.query('UPDATE certificates SET municipality_code = $2 WHERE certificate_id = $1', [
    certificateId,
    municipalityCode,
  ]);
  await manager.query(
    `UPDATE certificate_accounts a
     SET municipality_code = $2,
         normative_id = coalesce((SELECT n.id FROM normatives n
                                  WHERE n.municipality_code = $2 AND n.group_name = $3 AND n.period_start = a.period_start),
                                 a.normative_id)
     WHERE a.certificate_id = $1`,
    [certificateId, municipalityCode, DEFAULT_GROUP_NAME],
  );
}
