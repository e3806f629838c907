import { randomUUID } from 'node:crypto';
import { childChanged, childRegistered, enrollmentAcceptedV2 } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import { splitPrice } from '../src/domain/price-split';
import { periodStartFor } from '../src/domain/period';
import { onChildRecorded } from '../src/events/child.handler';
import { onEnrollmentAccepted } from '../src/events/enrollment.handler';
import {
  enrollmentRequest,
  envelope,
  givenActiveCertificate,
  givenNormative,
  KISELEVSK,
  NORMATIVE,
  requestEnrollment,
} from './billing.fixture';

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

  it('keeps the newer parents when an older child event is replayed late (a dead letter)', async () => {
    const [before, after] = [randomUUID(), randomUUID()];
    const { childId } = await givenChildWithCertificate(before);
    const recorded = (parentId: string, at: Date) =>
      envelope(
        childChanged,
        childId,
        { childId, parentIds: [parentId], birthDate: '2015-03-01', municipalityCode: KISELEVSK, attendsSchool: true },
        at,
      );
    const older = recorded(before, new Date(Date.now() + 60_000));
    const newer = recorded(after, new Date(Date.now() + 120_000));
    for (const event of [older, newer, older]) await db.dataSource.transaction((manager) => onChildRecorded(event, manager));
    const askedBy = async (userId: string) =>
      (
        await executeAs(schema, db.dataSource, { userId, roles: ['parent'] }, PRICE_FOR, {
          representations: [program(1, 1)],
          childId,
        })
      ).errors?.[0]?.code;
    expect(await askedBy(after)).toBeUndefined();
    expect(await askedBy(before)).toBe('FORBIDDEN');
  });

  const EXPLAINED = `query ($representations: [_Any!]!, $childId: ID!) {
    _entities(representations: $representations) {
      ... on Program {
        priceFor(childId: $childId) {
          balanceKopecks certificateTotalKopecks coPaymentFromMonth coPaymentFromMonthKopecks takesWholeBalance
          holds { enrollmentId program { id } programTitle status heldKopecks freedOn }
        }
      }
    }
  }`;

  it('explains a zero share: which request holds the balance, when it is freed, and from which month the family pays', async () => {
    const parent = { userId: randomUUID(), roles: ['parent' as const] };
    const { certificateId, childId } = await givenChildWithCertificate(parent.userId);
    const explain = async () => {
      const result = await executeAs<{ _entities: { priceFor: Record<string, unknown> }[] }>(
        schema,
        db.dataSource,
        parent,
        EXPLAINED,
        { representations: [program(100_000, 9)], childId },
      );
      expect(result.errors).toBeUndefined();
      return result.data!._entities[0]!.priceFor;
    };

    const first = await explain();
    expect(first).toMatchObject({ balanceKopecks: NORMATIVE, coPaymentFromMonth: null, takesWholeBalance: false, holds: [] });

    // a request that takes the whole normative: the certificate now pays nothing for another program
    const request = enrollmentRequest(certificateId, NORMATIVE, 1);
    await requestEnrollment(db.dataSource, request);
    const held = await explain();
    expect(held).toMatchObject({
      balanceKopecks: 0,
      certificateTotalKopecks: 0,
      coPaymentFromMonth: 1,
      coPaymentFromMonthKopecks: 100_000,
      takesWholeBalance: false,
    });
    expect(held.holds).toEqual([
      {
        enrollmentId: request.data.enrollmentId,
        program: { id: request.data.programId },
        programTitle: null,
        status: 'requested',
        heldKopecks: NORMATIVE,
        freedOn: null,
      },
    ]);

    // accepted: the hold is spent month by month and what is left returns after its one month
    const { enrollmentId, childId: enrolledChild } = request.data;
    await db.dataSource.transaction((manager) =>
      onEnrollmentAccepted(
        envelope(
          enrollmentAcceptedV2,
          enrollmentId,
          {
            enrollmentId,
            childId: enrolledChild,
            certificateId,
            certificateNumber: '4207999999',
            parentUserId: parent.userId,
            programId: request.data.programId,
            programTitle: 'Шахматы',
            programAddress: 'г. Киселевск',
            providerId: request.data.providerId,
            providerName: 'ДДТ',
            providerInn: null,
            groupId: request.data.groupId,
            daysOfWeek: [1],
            startTime: '16:00',
            endTime: '17:00',
            startDate: '2030-10-01',
            endDate: '2031-05-31',
            monthlyPriceKopecks: NORMATIVE,
            months: 1,
            certificateShareKopecks: NORMATIVE,
            coPaymentKopecks: 0,
          },
          new Date('2030-09-20T05:00:00Z'),
        ),
        manager,
      ),
    );
    const accepted = await explain();
    expect(accepted.holds).toEqual([
      expect.objectContaining({ status: 'accepted', programTitle: 'Шахматы', freedOn: '2030-11-01', heldKopecks: NORMATIVE }),
    ]);
  });

  it('warns when one program takes the whole balance', async () => {
    const parent = { userId: randomUUID(), roles: ['parent' as const] };
    const { childId } = await givenChildWithCertificate(parent.userId);
    const result = await executeAs<{ _entities: { priceFor: Record<string, unknown> }[] }>(
      schema,
      db.dataSource,
      parent,
      EXPLAINED,
      { representations: [program(150_000, 9)], childId },
    );
    expect(result.data!._entities[0]!.priceFor).toMatchObject({
      certificateTotalKopecks: NORMATIVE,
      takesWholeBalance: true,
      coPaymentFromMonth: 8,
      coPaymentFromMonthKopecks: 150_000 * 8 - NORMATIVE,
    });
  });
});
