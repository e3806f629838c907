import { randomUUID } from 'node:crypto';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import { KISELEVSK } from './billing.fixture';

const finance = { userId: randomUUID(), roles: ['finance_officer' as const], municipalityCode: KISELEVSK };
const admin = { userId: randomUUID(), roles: ['regional_admin' as const] };

const SET = `mutation ($input: SetNormativeInput!) {
  setNormative(input: $input) { id municipalityCode groupName periodStart amountKopecks quota budgetKopecks }
}`;
const HISTORY = `query ($code: String!) {
  normativeHistory(municipalityCode: $code) {
    normativeId changedBy effectiveFrom oldAmountKopecks newAmountKopecks oldQuota newQuota oldBudgetKopecks newBudgetKopecks groupName
  }
}`;

const input = (patch: Record<string, unknown> = {}) => ({
  municipalityCode: KISELEVSK,
  groupName: 'Дети с ОВЗ',
  periodStart: '2026-09-01',
  amountKopecks: 2_000_000,
  quota: 100,
  budgetKopecks: 200_000_000,
  effectiveFrom: '2026-09-01',
  ...patch,
});

describe('normatives set by the finance officer', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    schema = await buildSubgraph(billingService.subgraph);
  });
  afterAll(() => db.drop());

  const count = async (table: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('creates a normative and then changes it, keeping every version with the figures it replaced', async () => {
    const created = await executeAs<{ setNormative: { id: string; amountKopecks: number } }>(
      schema,
      db.dataSource,
      finance,
      SET,
      {
        input: input(),
      },
    );
    expect(created.errors).toBeUndefined();
    const changed = await executeAs<{ setNormative: { id: string; amountKopecks: number; quota: number } }>(
      schema,
      db.dataSource,
      finance,
      SET,
      { input: input({ amountKopecks: 2_100_000, quota: 90, effectiveFrom: '2027-01-01' }) },
    );
    expect(changed.data?.setNormative).toMatchObject({ id: created.data?.setNormative.id, amountKopecks: 2_100_000, quota: 90 });

    const history = await executeAs<{ normativeHistory: Record<string, unknown>[] }>(schema, db.dataSource, finance, HISTORY, {
      code: KISELEVSK,
    });
    expect(history.errors).toBeUndefined();
    expect(history.data?.normativeHistory).toEqual([
      {
        normativeId: created.data?.setNormative.id,
        changedBy: finance.userId,
        effectiveFrom: '2027-01-01',
        oldAmountKopecks: 2_000_000,
        newAmountKopecks: 2_100_000,
        oldQuota: 100,
        newQuota: 90,
        oldBudgetKopecks: 200_000_000,
        newBudgetKopecks: 200_000_000,
        groupName: 'Дети с ОВЗ',
      },
      {
        normativeId: created.data?.setNormative.id,
        changedBy: finance.userId,
        effectiveFrom: '2026-09-01',
        oldAmountKopecks: null,
        newAmountKopecks: 2_000_000,
        oldQuota: null,
        newQuota: 100,
        oldBudgetKopecks: null,
        newBudgetKopecks: 200_000_000,
        groupName: 'Дети с ОВЗ',
      },
    ]);
  });

  it("refuses another municipality's normative and its history to a finance officer", async () => {
    const set = await executeAs(schema, db.dataSource, finance, SET, { input: input({ municipalityCode: '08' }) });
    expect(set.errors?.[0]?.code).toBe('FORBIDDEN');
    const history = await executeAs(schema, db.dataSource, finance, HISTORY, { code: '08' });
    expect(history.errors?.[0]?.code).toBe('FORBIDDEN');
    const parent = await executeAs(
      schema,
      db.dataSource,
      { userId: randomUUID(), roles: ['parent'], municipalityCode: KISELEVSK },
      SET,
      {
        input: input(),
      },
    );
    expect(parent.errors?.[0]?.code).toBe('FORBIDDEN');
  });

  it('refuses bad figures and periods with stable codes and writes nothing', async () => {
    const before = [await count('normatives'), await count('normative_versions')];
    const cases: [Record<string, unknown>, string][] = [
      [{ amountKopecks: -1 }, 'BAD_USER_INPUT'],
      [{ amountKopecks: 1500.5 }, 'BAD_USER_INPUT'],
      [{ budgetKopecks: -100 }, 'BAD_USER_INPUT'],
      [{ quota: -1 }, 'BAD_USER_INPUT'],
      [{ groupName: '  ' }, 'BAD_USER_INPUT'],
      [{ periodStart: '2026-10-01' }, 'BAD_PERIOD'],
      [{ effectiveFrom: '2026-08-01' }, 'BAD_PERIOD'],
      [{ effectiveFrom: '2027-09-01' }, 'BAD_PERIOD'],
    ];
    for (const [patch, code] of cases) {
      const result = await executeAs(schema, db.dataSource, finance, SET, {
        input: input({ groupName: 'Новая группа', ...patch }),
      });
      expect({ patch, code: result.errors?.[0]?.code }).toEqual({ patch, code });
    }
    expect([await count('normatives'), await count('normative_versions')]).toEqual(before);
  });

  it('lets the regional admin set any municipality and list all of a period', async () => {
    const set = await executeAs(schema, db.dataSource, admin, SET, {
      input: input({ municipalityCode: '15', groupName: 'Дети в возрасте от 5 до 18 лет' }),
    });
    expect(set.errors).toBeUndefined();
    const all = await executeAs<{ allNormatives: { municipalityCode: string }[] }>(
      schema,
      db.dataSource,
      admin,
      'query { allNormatives(periodStart: "2026-09-01") { municipalityCode groupName } }',
    );
    expect(all.data?.allNormatives.map((n) => n.municipalityCode)).toEqual(['07', '15']);
    const reversed = await executeAs(schema, db.dataSource, admin, 'query { allNormatives(periodStart: "2026-08-31") { id } }');
    expect(reversed.errors?.[0]?.code).toBe('BAD_PERIOD');
    const officer = await executeAs(schema, db.dataSource, finance, 'query { allNormatives { id } }');
    expect(officer.errors?.[0]?.code).toBe('FORBIDDEN');
  });
});
