import { randomUUID } from 'node:crypto';
import { normativeSet, type EventData, type EventOf } from '@pdo/events';
import { buildSubgraph, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { onNormativeSet } from '../src/events/normative.handler';
import { navigatorService } from '../src/navigator.service';

const PROVIDER = '00000000-0000-4000-8000-0000000000a1';
const staff: Partial<Viewer> = { userId: randomUUID(), roles: ['provider_staff'], providerId: PROVIDER };

let db: TestDatabase;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase(navigatorService);
  schema = await buildSubgraph(navigatorService.subgraph);
  await db.dataSource.query(
    `INSERT INTO providers (id, name, kind, municipality_code, status) VALUES ($1, 'ДДТ г. Киселевска', 'municipal', '07', 'approved')`,
    [PROVIDER],
  );
});
afterAll(() => db.drop());

type Normative = EventData<typeof normativeSet>;
const normative = (patch: Partial<Normative> = {}): Normative => ({
  normativeId: randomUUID(),
  municipalityCode: '07',
  groupName: 'Дети в возрасте от 5 до 18 лет',
  periodStart: '2025-09-01',
  effectiveFrom: '2025-09-01',
  amountKopecksPerYear: 1_350_000,
  ...patch,
});
const set = (data: Normative, occurredAt = new Date().toISOString()) =>
  db.dataSource.transaction((manager) =>
    onNormativeSet(
      {
        id: randomUUID(),
        type: normativeSet.type,
        version: normativeSet.version,
        occurredAt,
        aggregateId: data.normativeId,
        data,
      } as EventOf<typeof normativeSet>,
      manager,
    ),
  );

const CREATE = `mutation($input: ProgramInput!) {
  createProgram(input: $input) { id monthlyPriceKopecks certificateValuePerMonthKopecks priceExceedsCertificate } }`;
const PROGRAM = `query($id: ID!) { program(id: $id) { certificateValuePerMonthKopecks priceExceedsCertificate } }`;
type Value = { certificateValuePerMonthKopecks: number | null; priceExceedsCertificate: boolean };

async function draft(monthlyPriceKopecks: number, municipalityCode = '07', durationMonths = 9): Promise<string> {
  const result = await executeAs<{ createProgram: Value & { id: string } }>(schema, db.dataSource, staff, CREATE, {
    input: {
      title: 'Робототехника',
      description: 'Собираем роботов',
      direction: 'technical',
      registry: 'certified',
      municipalityCode,
      address: 'г. Киселевск, ул. Ленина, 30',
      format: 'in_person',
      minAge: 7,
      maxAge: 14,
      durationMonths,
      hours: 144,
      monthlyPriceKopecks,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createProgram.id;
}
async function valueOf(id: string): Promise<Value> {
  const result = await executeAs<{ program: Value }>(schema, db.dataSource, staff, PROGRAM, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.program;
}

describe('the certificate value next to a provider’s price', () => {
  it('is unknown, and flags nothing, until the municipality sets a normative', async () => {
    expect(await valueOf(await draft(10_000_000))).toEqual({
      certificateValuePerMonthKopecks: null,
      priceExceedsCertificate: false,
    });
  });

  it('comes from billing’s normative: the year spread over the program’s months, flagged when the price is above it', async () => {
    const id = normative();
    await set(id);
    const covered = await draft(150_000);
    const above = await draft(150_001);
    expect(await valueOf(covered)).toEqual({ certificateValuePerMonthKopecks: 150_000, priceExceedsCertificate: false });
    expect(await valueOf(above)).toEqual({ certificateValuePerMonthKopecks: 150_000, priceExceedsCertificate: true });
    // Another municipality's and another group's normatives are not this one's.
    await set(normative({ municipalityCode: '01', amountKopecksPerYear: 9_000_000 }));
    await set(normative({ groupName: 'Дети с ОВЗ', amountKopecksPerYear: 9_000_000 }));
    expect(await valueOf(above)).toMatchObject({ certificateValuePerMonthKopecks: 150_000 });
    expect(await valueOf(await draft(150_000, '01', 12))).toEqual({
      certificateValuePerMonthKopecks: 750_000,
      priceExceedsCertificate: false,
    });
  });

  it('follows a change, ignores a stale replay and a change not yet in effect, and prefers the newest school year', async () => {
    const program = await draft(150_001);
    const first = normative({ municipalityCode: '13' });
    await set(first);
    const changedAt = new Date().toISOString();
    await set({ ...first, amountKopecksPerYear: 1_800_000 }, changedAt);
    await set({ ...first, amountKopecksPerYear: 100 }, new Date(Date.parse(changedAt) - 60_000).toISOString());
    await set({ ...first, effectiveFrom: '2999-01-01', amountKopecksPerYear: 1 });
    await db.dataSource.query(`UPDATE programs SET municipality_code = '13' WHERE id = $1`, [program]);
    expect(await valueOf(program)).toEqual({ certificateValuePerMonthKopecks: 200_000, priceExceedsCertificate: false });
    await set(
      normative({
        municipalityCode: '13',
        periodStart: '2026-09-01',
        effectiveFrom: '2026-09-01',
        amountKopecksPerYear: 900_000,
      }),
    );
    expect(await valueOf(program)).toEqual({ certificateValuePerMonthKopecks: 100_000, priceExceedsCertificate: true });
  });
});
