import { normativeSet, publish } from '@pdo/events';
import { kuzbassMunicipalities, type ServiceRuntime } from '@pdo/service-kit';
import { periodStartFor } from '../domain/period';

export const DEMO_NORMATIVE_GROUP = 'Дети в возрасте от 5 до 18 лет';

/**
 * 11 609 ₽ — the region's average nominal in 2021 (DOMAIN.md) — for every municipality's default group.
 * Runs at every start: only the rows this run inserts announce NormativeSet, in the same transaction, so
 * navigator learns each demo normative exactly once.
 */
export async function seedDemoNormatives({ dataSource }: ServiceRuntime): Promise<void> {
  const period = periodStartFor(new Date());
  await dataSource.transaction(async (manager) => {
    const inserted: { id: string; municipality_code: string; amount_kopecks: string }[] = await manager.query(
      `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
       SELECT code, $2, $3, 1160900, 5000, 5000 * 1160900::bigint FROM unnest($1::text[]) AS code
       ON CONFLICT (municipality_code, group_name, period_start) DO NOTHING
       RETURNING id, municipality_code, amount_kopecks`,
      [kuzbassMunicipalities.map((m) => m.code), DEMO_NORMATIVE_GROUP, period],
    );
    for (const row of inserted) {
      await publish(manager, normativeSet, row.id, {
        normativeId: row.id,
        municipalityCode: row.municipality_code,
        groupName: DEMO_NORMATIVE_GROUP,
        periodStart: period,
        effectiveFrom: period,
        amountKopecksPerYear: Number(row.amount_kopecks),
      });
    }
  });
}
