import { randomUUID } from 'node:crypto';
import { enrollmentCancelled, enrollmentDeclined } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import { billingService } from '../src/billing.service';
import { periodStartFor } from '../src/domain/period';
import { onEnrollmentEnded } from '../src/events/enrollment.handler';
import {
  account,
  enrollmentRequest,
  envelope,
  givenActiveCertificate,
  givenNormative,
  NORMATIVE,
  outbox,
  requestEnrollment,
} from './billing.fixture';

interface Answer {
  balance: { balanceKopecks: number; reservedKopecks: number };
  movements: { kind: string; amountKopecks: number }[];
}
const LEDGER = `query ($id: ID!) {
  _entities(representations: [{ __typename: "Certificate", id: $id }]) {
    ... on Certificate { balance { balanceKopecks reservedKopecks } movements { kind amountKopecks } }
  }
}`;

describe("billing's side of the enrolment saga", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    await givenNormative(db.dataSource, periodStartFor(new Date()), 100);
  });
  afterAll(() => db.drop());

  const ended = (
    definition: typeof enrollmentDeclined | typeof enrollmentCancelled,
    enrollmentId: string,
    certificateId: string,
  ) =>
    db.dataSource.transaction((manager) =>
      onEnrollmentEnded(envelope(definition, enrollmentId, { enrollmentId, certificateId, childId: randomUUID() }), manager),
    );

  it('reserves exactly the certificate share and tells navigator, in the outbox', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    const request = enrollmentRequest(certificateId, 150_000, 9);
    await requestEnrollment(db.dataSource, request);
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: 0, reserved: NORMATIVE, ledger: 0 });
    const { enrollmentId } = request.data;
    expect((await outbox(db.dataSource, 'billing.EnrollmentFundsReserved')).filter((e) => e.key === enrollmentId)).toEqual([
      { key: enrollmentId, data: { enrollmentId, certificateShareKopecks: NORMATIVE, coPaymentKopecks: 1_350_000 - NORMATIVE } },
    ]);
  });

  it('leaves the rest for another program, and a redelivered request changes nothing', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    const request = enrollmentRequest(certificateId, 50_000, 9);
    await requestEnrollment(db.dataSource, request);
    await requestEnrollment(db.dataSource, request);
    await requestEnrollment(db.dataSource, { ...request, id: randomUUID() });
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE - 450_000, reserved: 450_000 });
    const events = (await outbox(db.dataSource, 'billing.EnrollmentFundsReserved')).filter(
      (e) => e.key === request.data.enrollmentId,
    );
    expect(events).toEqual([
      {
        key: request.data.enrollmentId,
        data: { enrollmentId: request.data.enrollmentId, certificateShareKopecks: 450_000, coPaymentKopecks: 0 },
      },
    ]);
  });

  it('releases a declined or cancelled reservation once', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    const declined = enrollmentRequest(certificateId, 100_000, 9);
    const cancelled = enrollmentRequest(certificateId, 20_000, 9);
    await requestEnrollment(db.dataSource, declined);
    await requestEnrollment(db.dataSource, cancelled);
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE - 900_000 - 180_000 });
    await ended(enrollmentDeclined, declined.data.enrollmentId, certificateId);
    await ended(enrollmentCancelled, declined.data.enrollmentId, certificateId);
    expect(await account(db.dataSource, certificateId)).toMatchObject({
      balance: NORMATIVE - 180_000,
      ledger: NORMATIVE - 180_000,
    });
    await ended(enrollmentCancelled, cancelled.data.enrollmentId, certificateId);
    await ended(enrollmentCancelled, randomUUID(), certificateId);
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE, ledger: NORMATIVE });
  });

  it('rejects a request on a certificate that is not active or not financed, reserving nothing', async () => {
    const unknown = enrollmentRequest(randomUUID(), 100_000, 9);
    await requestEnrollment(db.dataSource, unknown);
    await givenNormative(db.dataSource, periodStartFor(new Date()), 0, '08');
    const accountingOnly = await givenActiveCertificate(db.dataSource, '08');
    const notFinanced = enrollmentRequest(accountingOnly, 100_000, 9);
    await requestEnrollment(db.dataSource, notFinanced);
    const rejected = await outbox(db.dataSource, 'billing.EnrollmentFundsRejected');
    expect(rejected).toEqual([
      { key: unknown.data.enrollmentId, data: { enrollmentId: unknown.data.enrollmentId, code: 'CERTIFICATE_NOT_ACTIVE' } },
      {
        key: notFinanced.data.enrollmentId,
        data: { enrollmentId: notFinanced.data.enrollmentId, code: 'CERTIFICATE_NOT_FINANCED' },
      },
    ]);
    const reservations: unknown[] = await db.dataSource.query(`SELECT 1 FROM account_movements WHERE enrollment_id IN ($1, $2)`, [
      unknown.data.enrollmentId,
      notFinanced.data.enrollmentId,
    ]);
    expect(reservations).toHaveLength(0);
  });

  it('never reserves past the balance when 50 programs are requested at once', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    const requests = Array.from({ length: 50 }, (_, i) => enrollmentRequest(certificateId, 10_000 + i * 1_000, 9));
    const outcomes = await Promise.allSettled(requests.map((request) => requestEnrollment(db.dataSource, request)));
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);

    const state = await account(db.dataSource, certificateId);
    expect(state.reserved).toBe(NORMATIVE);
    expect(state.balance).toBe(0);
    expect(state.ledger).toBe(state.balance);
    const shares = (await outbox(db.dataSource, 'billing.EnrollmentFundsReserved'))
      .filter((e) => requests.some((r) => r.data.enrollmentId === e.key))
      .map((e) => e.data.certificateShareKopecks as number);
    expect(shares).toHaveLength(50);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(NORMATIVE);
  });

  it('answers balance, holds and movements from one moment while reservations come and go', async () => {
    const schema = await buildSubgraph(billingService.subgraph);
    const certificateId = await givenActiveCertificate(db.dataSource);
    const viewer = { userId: randomUUID(), roles: ['parent' as const] };
    let writing = true;
    const writes = (async () => {
      for (let i = 0; i < 30; i += 1) {
        const request = enrollmentRequest(certificateId, 5_000 + i, 9);
        await requestEnrollment(db.dataSource, request);
        if (i % 2 === 0) await ended(enrollmentDeclined, request.data.enrollmentId, certificateId);
      }
    })().finally(() => (writing = false));
    const answers: Answer[] = [];
    const reader = async () => {
      while (writing) {
        const { data, errors } = await executeAs<{ _entities: Answer[] }>(schema, db.dataSource, viewer, LEDGER, {
          id: certificateId,
        });
        expect(errors).toBeUndefined();
        answers.push(data!._entities[0]);
      }
    };
    await Promise.all([writes, reader(), reader(), reader()]);

    expect(answers.length).toBeGreaterThan(30);
    const sum = (movements: Answer['movements']) => movements.reduce((total, m) => total + m.amountKopecks, 0);
    for (const { balance, movements } of answers) {
      expect(balance.balanceKopecks).toBe(sum(movements));
      const holds = movements.filter((m) => m.kind === 'reservation' || m.kind === 'release');
      expect(balance.reservedKopecks).toBe(0 - sum(holds));
    }
  });

  it('keeps the ledger: opening − charges − reservations + releases = balance, for every account', async () => {
    const rows: { balance: string; derived: string }[] = await db.dataSource.query(`
      SELECT a.balance_kopecks AS balance,
             coalesce(sum(m.amount_kopecks) FILTER (WHERE m.kind = 'opening'), 0)
             + coalesce(sum(m.amount_kopecks) FILTER (WHERE m.kind = 'charge'), 0)
             + coalesce(sum(m.amount_kopecks) FILTER (WHERE m.kind = 'reservation'), 0)
             + coalesce(sum(m.amount_kopecks) FILTER (WHERE m.kind = 'release'), 0) AS derived
      FROM certificate_accounts a LEFT JOIN account_movements m USING (certificate_id)
      GROUP BY a.certificate_id, a.balance_kopecks`);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(Number(row.derived)).toBe(Number(row.balance));
  });

  it('lets the database refuse an overdraft even if a writer skipped the rules', async () => {
    const certificateId = await givenActiveCertificate(db.dataSource);
    await expect(
      db.dataSource.query('UPDATE certificate_accounts SET balance_kopecks = balance_kopecks - $2 WHERE certificate_id = $1', [
        certificateId,
        NORMATIVE + 1,
      ]),
    ).rejects.toThrow(/check constraint/);
  });
});
