import { kuzbassMunicipalities, type ServiceRuntime } from '@pdo/service-kit';
import { periodStartFor } from '../domain/period';

/** 11 609 ₽ — the region's average nominal in 2021 (DOMAIN.md) — for every municipality's default group. */
export async function seedDemoNormatives({ dataSource }: ServiceRuntime): Promise<void> {
  const period = periodStartFor(new Date());
  for (const m of kuzbassMunicipalities) {
    await dataSource.query(
      `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
       VALUES ($1, 'Дети в возрасте от 5 до 18 лет', $2, 1160900, 5000, 5000 * 1160900::bigint)
       ON CONFLICT (municipality_code, group_name, period_start) DO NOTHING`,
      [m.code, period],
    );
  }
}
