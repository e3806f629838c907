import { randomUUID } from 'node:crypto';
import { certificateIssued, certificateStatusChanged } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import { periodStartFor } from '../src/domain/period';
import { onCertificateIssued, onCertificateStatusChanged } from '../src/events/certificate.handler';
import { account, envelope, givenActiveCertificate, givenNormative, KISELEVSK, NORMATIVE, outbox } from './billing.fixture';

const parent = { userId: randomUUID(), roles: ['parent' as const], municipalityCode: KISELEVSK };
const BALANCE = `query ($id: ID!) {
  _entities(representations: [{ __typename: "Certificate", id: $id }]) {
    ... on Certificate { balance { balanceKopecks reservedKopecks openedWithKopecks periodStart accountingOnlyCode accountingOnlyReason } movements { kind amountKopecks } }
  }
}`;

/** The certificate's child gets `parent` as its parent in billing's read model, as the identity events would say. */
const linkParent = (db: TestDatabase, certificateId: string) =>
  db.dataSource.query(
    `INSERT INTO children (child_id, parent_ids) SELECT child_id, ARRAY[$2]::uuid[] FROM certificates WHERE certificate_id = $1
     ON CONFLICT (child_id) DO UPDATE SET parent_ids = EXCLUDED.parent_ids`,
    [certificateId, parent.userId],
  );

describe('certificate accounts', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const period = periodStartFor(new Date());

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    schema = await buildSubgraph(billingService.subgraph);
    // two places: the first two tests take them, the quota test finds none left
    await givenNormative(db.dataSource, period, 2);
  });
  afterAll(() => db.drop());

  it('opens with the normative when the certificate becomes active, and says so in an event', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    expect(await account(db.dataSource, certificateId)).toMatchObject({
      balance: NORMATIVE,
      opened: NORMATIVE,
      reason: null,
      ledger: NORMATIVE,
    });
    expect(await outbox(db.dataSource, 'billing.CertificateAccountOpened')).toEqual([
      { key: certificateId, data: { certificateId, balanceKopecks: NORMATIVE, periodStart: period } },
    ]);
    const result = await executeAs<{ _entities: Record<string, unknown>[] }>(schema, db.dataSource, parent, BALANCE, {
      id: certificateId,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]).toEqual({
      balance: {
        balanceKopecks: NORMATIVE,
        reservedKopecks: 0,
        openedWithKopecks: NORMATIVE,
        periodStart: period,
        accountingOnlyCode: null,
        accountingOnlyReason: null,
      },
      movements: [{ kind: 'opening', amountKopecks: NORMATIVE }],
    });
  });

  it('opens once however often the certificate is activated again', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    const again = envelope(certificateStatusChanged, certificateId, {
      certificateId,
      number: '4207999999',
      childId: randomUUID(),
      status: 'active',
    });
    await db.dataSource.transaction((manager) => onCertificateStatusChanged(again, manager));
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE, ledger: NORMATIVE });
  });

  it('keeps a certificate beyond the quota accounting-only, with the reason, and emits nothing', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    expect(await account(db.dataSource, certificateId)).toMatchObject({
      balance: 0,
      opened: 0,
      reason: 'QUOTA_EXHAUSTED',
      ledger: 0,
    });
    const opened = await outbox(db.dataSource, 'billing.CertificateAccountOpened');
    expect(opened.map((event) => event.key)).not.toContain(certificateId);
    const result = await executeAs<{ _entities: { balance: { accountingOnlyCode: string; accountingOnlyReason: string } }[] }>(
      schema,
      db.dataSource,
      parent,
      BALANCE,
      { id: certificateId },
    );
    expect(result.data?._entities[0]?.balance.accountingOnlyCode).toBe('QUOTA_EXHAUSTED');
    expect(result.data?._entities[0]?.balance.accountingOnlyReason).toMatch(/сертификат учёта/);
  });

  it('keeps a certificate of a municipality without a normative accounting-only', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource, '20');
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: 0, reason: 'NO_NORMATIVE' });
  });

  it('opens nothing for an issued certificate that is not active yet', async () => {
    const certificateId = randomUUID();
    await db.dataSource.transaction((manager) =>
      onCertificateIssued(
        envelope(certificateIssued, certificateId, {
          certificateId,
          number: '4207888888',
          childId: randomUUID(),
          municipalityCode: KISELEVSK,
          groupId: randomUUID(),
        }),
        manager,
      ),
    );
    expect(await account(db.dataSource, certificateId)).toBeUndefined();
  });

  it('splits a program priced above the balance: the certificate pays until it is spent, the parent the difference', async () => {
    const [{ certificate_id: certificateId }]: { certificate_id: string }[] = await db.dataSource.query(
      `SELECT certificate_id FROM certificate_accounts WHERE accounting_only_reason IS NULL LIMIT 1`,
    );
    await linkParent(db, certificateId);
    const result = await executeAs<{ priceSplit: Record<string, unknown> }>(
      schema,
      db.dataSource,
      parent,
      `query ($id: ID!) { priceSplit(certificateId: $id, monthlyPriceKopecks: 150000, months: 9) {
        financed balanceKopecks totalPriceKopecks certificateTotalKopecks coPaymentTotalKopecks remainingKopecks
        perMonth { month certificateKopecks coPaymentKopecks } } }`,
      { id: certificateId },
    );
    expect(result.errors).toBeUndefined();
    const split = result.data!.priceSplit;
    expect(split).toMatchObject({
      financed: true,
      balanceKopecks: NORMATIVE,
      totalPriceKopecks: 1_350_000,
      certificateTotalKopecks: NORMATIVE,
      coPaymentTotalKopecks: 1_350_000 - NORMATIVE,
      remainingKopecks: 0,
    });
    expect((split.perMonth as unknown[])[7]).toEqual({ month: 8, certificateKopecks: 110_900, coPaymentKopecks: 39_100 });
  });

  it('refuses a split to an anonymous visitor, for an unknown certificate or with bad figures', async () => {
    const query = `query ($id: ID!, $price: Kopecks!, $months: Int!) { priceSplit(certificateId: $id, monthlyPriceKopecks: $price, months: $months) { remainingKopecks } }`;
    const [{ certificate_id: id }]: { certificate_id: string }[] = await db.dataSource.query(
      'SELECT certificate_id FROM certificate_accounts WHERE municipality_code = $1 LIMIT 1',
      [KISELEVSK],
    );
    const code = async (viewer: object, vars: Record<string, unknown>) =>
      (await executeAs(schema, db.dataSource, viewer, query, { id, price: 100_000, months: 9, ...vars })).errors?.[0]?.code;
    await linkParent(db, id);
    expect(await code({}, {})).toBe('UNAUTHENTICATED');
    expect(await code(parent, { id: randomUUID() })).toBe('NOT_FOUND');
    // someone else's certificate answers as a missing one; staff of its municipality and the region see it
    const stranger = { userId: randomUUID(), roles: ['parent' as const], municipalityCode: KISELEVSK };
    expect(await code(stranger, {})).toBe('NOT_FOUND');
    expect(await code({ userId: randomUUID(), roles: ['finance_officer'], municipalityCode: '01' }, {})).toBe('NOT_FOUND');
    expect(await code({ userId: randomUUID(), roles: ['provider_staff'], providerId: randomUUID(), viaApiKey: true }, {})).toBe(
      'NOT_FOUND',
    );
    for (const staff of [
      { userId: randomUUID(), roles: ['finance_officer'], municipalityCode: KISELEVSK },
      { userId: randomUUID(), roles: ['operator'], municipalityCode: KISELEVSK },
      { userId: randomUUID(), roles: ['regional_admin'] },
    ]) {
      expect(await code(staff, {})).toBeUndefined();
    }
    expect(await code(parent, { price: -1 })).toBe('BAD_USER_INPUT');
    expect(await code(parent, { price: 1000.5 })).toBe('BAD_USER_INPUT');
    expect(await code(parent, { months: 0 })).toBe('BAD_USER_INPUT');
  });
});

describe('the quota under concurrent activations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    await givenNormative(db.dataSource, periodStartFor(new Date()), 3);
  });
  afterAll(() => db.drop());

  it('finances exactly the quota when 12 certificates become active at once', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => givenActiveCertificate(db.dataSource)));
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    const rows: { reason: string | null; n: number }[] = await db.dataSource.query(
      'SELECT accounting_only_reason AS reason, count(*)::int AS n FROM certificate_accounts GROUP BY 1 ORDER BY 1 NULLS FIRST',
    );
    expect(rows).toEqual([
      { reason: null, n: 3 },
      { reason: 'QUOTA_EXHAUSTED', n: 9 },
    ]);
    expect(await outbox(db.dataSource, 'billing.CertificateAccountOpened')).toHaveLength(3);
  });
});
