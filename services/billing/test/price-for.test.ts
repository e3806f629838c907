import { randomUUID } from 'node:crypto';
import { childRegistered } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import { splitPrice } from '../src/domain/price-split';
import { periodStartFor } from '../src/domain/period';
import { onChildRecorded } from '../src/events/child.handler';
import { envelope, givenActiveCertificate, givenNormative, KISELEVSK, NORMATIVE } from './billing.fixture';

/** What the gateway sends billing for `Program.priceFor`: navigator's price and term as the @requires representation. */
const PRICE_FOR = `query ($representations: [_Any!]!, $childId: ID!) {
  _entities(representations: $representations) {
    ... on Program {
      priceFor(childId: $childId) {
        certificateId financed balanceKopecks accountingOnlyReason totalPriceKopecks certificateTotalKopecks
        coPaymentTotalKopecks remainingKopecks perMonth { month certificateKopecks coPaymentKopecks }
      }
    }
  }
}`;

describe('Program.priceFor(childId) through federation', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    schema = await buildSubgraph(billingService.subgraph);
    await givenNormative(db.dataSource, periodStartFor(new Date()), 100);
  });
  afterAll(() => db.drop());

  const program = (monthlyPriceKopecks: number, durationMonths: number) => ({
    __typename: 'Program',
    id: randomUUID(),
    monthlyPriceKopecks,
    durationMonths,
  });

  async function givenChildWithCertificate(parentId: string) {
    const certificateId = await givenActiveCertificate(db.dataSource);
    const [{ childId }]: { childId: string }[] = await db.dataSource.query(
      'SELECT child_id AS "childId" FROM certificates WHERE certificate_id = $1',
      [certificateId],
    );
    await db.dataSource.transaction((manager) =>
      onChildRecorded(
        envelope(childRegistered, childId, {
          childId,
          parentIds: [parentId],
          birthDate: '2015-03-01',
          municipalityCode: KISELEVSK,
          attendsSchool: true,
        }),
        manager,
      ),
    );
    return { certificateId, childId };
  }

  it('shows the parent the same split the charge will make, for a price above the balance', async () => {
    const parent = { userId: randomUUID(), roles: ['parent' as const] };
    const { certificateId, childId } = await givenChildWithCertificate(parent.userId);
    const result = await executeAs<{ _entities: { priceFor: Record<string, unknown> }[] }>(
      schema,
      db.dataSource,
      parent,
      PRICE_FOR,
      {
        representations: [program(150_000, 9)],
        childId,
      },
    );
    expect(result.errors).toBeUndefined();
    const expected = splitPrice({ monthlyPriceKopecks: 150_000, months: 9, balanceKopecks: NORMATIVE });
    expect(result.data!._entities[0]!.priceFor).toEqual({
      certificateId,
      financed: true,
      balanceKopecks: NORMATIVE,
      accountingOnlyReason: null,
      ...expected,
    });
    expect(expected.coPaymentTotalKopecks).toBeGreaterThan(0);
  });

  it('is shown only to the child’s parents and refuses a malformed id', async () => {
    const { childId } = await givenChildWithCertificate(randomUUID());
    const stranger = { userId: randomUUID(), roles: ['parent' as const] };
    const refused = await executeAs(schema, db.dataSource, stranger, PRICE_FOR, { representations: [program(1, 1)], childId });
    expect(refused.errors?.[0]?.code).toBe('FORBIDDEN');
    const malformed = await executeAs(schema, db.dataSource, stranger, PRICE_FOR, {
      representations: [program(1, 1)],
      childId: 'x',
    });
    expect(malformed.errors?.[0]?.code).toBe('BAD_USER_INPUT');
    const anonymous = await executeAs(schema, db.dataSource, {}, PRICE_FOR, { representations: [program(1, 1)], childId });
    expect(anonymous.errors?.[0]?.code).toBe('UNAUTHENTICATED');
  });
});
