import { normativeSet } from '@pdo/events';
import { createLogger, kuzbassMunicipalities } from '@pdo/service-kit';
import { createTestDatabase, testRuntime, type TestDatabase } from '@pdo/service-kit/testing';
import { billingService } from '../src/billing.service';
import { periodStartFor } from '../src/domain/period';

describe('billing demo data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(billingService);
  });
  afterAll(() => db.drop());

  it('seeds every municipality’s normative once and announces each with one NormativeSet', async () => {
    const runtime = testRuntime(billingService, db, createLogger('billing', 'silent'));
    await billingService.seed?.(runtime);
    await billingService.seed?.(runtime);

    const normatives: { id: string; municipality_code: string }[] = await db.dataSource.query(
      'SELECT id, municipality_code FROM normatives ORDER BY municipality_code',
    );
    expect(normatives.map((n) => n.municipality_code)).toEqual(kuzbassMunicipalities.map((m) => m.code).sort());
    const events: { key: string; type: string; payload: { data: unknown } }[] = await db.dataSource.query(
      'SELECT key, type, payload FROM outbox ORDER BY seq',
    );
    expect(events.every((e) => e.type === normativeSet.type)).toBe(true);
    expect(events.map((e) => e.key).sort()).toEqual(normatives.map((n) => n.id).sort());
    const period = periodStartFor(new Date());
    for (const { key, payload } of events) {
      const data = normativeSet.schema.parse(payload.data);
      const normative = normatives.find((n) => n.id === key)!;
      expect(data).toEqual({
        normativeId: key,
        municipalityCode: normative.municipality_code,
        groupName: 'Дети в возрасте от 5 до 18 лет',
        periodStart: period,
        effectiveFrom: period,
        amountKopecksPerYear: 1_160_900,
      });
    }
  });
});
