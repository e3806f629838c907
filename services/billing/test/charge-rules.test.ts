// Which months may be charged (DOMAIN.md), on dated events of the 2024/25 school year so that every month
// tried has passed whatever day the test runs: acceptance vs the group's start, the program's length, the
// certificate suspended or terminated, a free program, a replayed older status, and the database's own guard.
import { randomUUID } from 'node:crypto';
import { certificateMoved, certificateStatusChanged, enrollmentFundsReserved } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import { onCertificateMoved, onCertificateStatusChanged } from '../src/events/certificate.handler';
import {
  account,
  enrollmentRequest,
  envelope,
  givenAcceptedEnrollment,
  givenActiveCertificate,
  givenNormative,
  KISELEVSK,
  kuzbassNoon,
  ledgerBreaches,
  NORMATIVE,
  outbox,
  requestEnrollment,
} from './billing.fixture';

const PERIOD = '2024-09-01';
const REPORT = `mutation ($input: MonthReportInput!) { reportMonth(input: $input) { charges releasedEnrollments } }`;

describe('which months may be charged', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    schema = await buildSubgraph(billingService.subgraph);
    await givenNormative(db.dataSource, PERIOD, 1000);
  });
  afterAll(() => db.drop());

  const provider = () => {
    const providerId = randomUUID();
    return { providerId, viewer: { userId: randomUUID(), roles: ['provider_staff' as const], providerId } };
  };
  const reportCode = async (viewer: object, month: string, enrollmentId: string) => {
    const result = await executeAs<{ reportMonth: { charges: number } }>(schema, db.dataSource, viewer, REPORT, {
      input: { month, enrollmentIds: [enrollmentId] },
    });
    return result.errors?.[0]?.code ?? `charged ${result.data!.reportMonth.charges}`;
  };
  const setStatus = async (certificateId: string, status: 'active' | 'suspended' | 'terminated', at: Date) => {
    const [{ number, child_id: childId }]: { number: string; child_id: string }[] = await db.dataSource.query(
      'SELECT number, child_id FROM certificates WHERE certificate_id = $1',
      [certificateId],
    );
    const event = envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status }, at);
    await db.dataSource.transaction((manager) => onCertificateStatusChanged(event, manager));
    return event;
  };
  const activeFromSeptember = () => givenActiveCertificate(db.dataSource, KISELEVSK, kuzbassNoon('2024-09-02'));

  it('counts from the acceptance, not from the group: earlier months are refused, however long ago the group began', async () => {
    const { providerId, viewer } = provider();
    const certificateId = await activeFromSeptember();
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: '2020-09-01',
      endDate: '2025-05-31',
      acceptedAt: kuzbassNoon('2024-11-15'),
    });
    expect(await reportCode(viewer, '2024-07', enrollmentId)).toBe('ENROLLMENT_NOT_STARTED');
    expect(await reportCode(viewer, '2024-10', enrollmentId)).toBe('ENROLLMENT_NOT_STARTED');
    expect(await reportCode(viewer, '2024-11', enrollmentId)).toBe('charged 1');
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('never charges more months than the program lasts, nor past its school year', async () => {
    const { providerId, viewer } = provider();
    const certificateId = await activeFromSeptember();
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 1,
      startDate: '2024-09-01',
      endDate: '2025-08-31',
    });
    expect(await reportCode(viewer, '2024-10', enrollmentId)).toBe('PROGRAM_TERM_EXCEEDED');
    expect(await reportCode(viewer, '2024-09', enrollmentId)).toBe('charged 1');
    expect(await reportCode(viewer, '2024-11', enrollmentId)).toBe('PROGRAM_TERM_EXCEEDED');
    // the rest of its reservation went back with its only month
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE - 100_000, reserved: 0 });

    const long = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 10_000,
      months: 24,
      startDate: '2025-06-01',
      endDate: '2026-05-31',
    });
    expect(await reportCode(viewer, '2025-09', long.enrollmentId)).toBe('SCHOOL_YEAR_EXCEEDED');
  });

  it('charges no month the certificate was suspended throughout, and a month it was active on any day', async () => {
    const { providerId, viewer } = provider();
    const certificateId = await activeFromSeptember();
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: '2024-09-01',
      endDate: '2025-05-31',
    });
    // suspended from the first minute of October (Kuzbass time) until 15 November
    await setStatus(certificateId, 'suspended', new Date('2024-10-01T00:00:00+07:00'));
    await setStatus(certificateId, 'active', kuzbassNoon('2024-11-15'));
    expect(await reportCode(viewer, '2024-09', enrollmentId)).toBe('charged 1');
    expect(await reportCode(viewer, '2024-10', enrollmentId)).toBe('CERTIFICATE_NOT_ACTIVE_IN_MONTH');
    expect(await reportCode(viewer, '2024-11', enrollmentId)).toBe('charged 1');
  });

  it('ends the enrolments of a terminated certificate at the month’s end and frees the rest; a late older event changes nothing', async () => {
    const { providerId, viewer } = provider();
    const certificateId = await activeFromSeptember();
    const accepted = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 60_000,
      months: 9,
      startDate: '2024-09-01',
      endDate: '2025-05-31',
    });
    const pending = enrollmentRequest(certificateId, 40_000, 9);
    await requestEnrollment(db.dataSource, pending);
    expect(await account(db.dataSource, certificateId)).toMatchObject({ reserved: 540_000 + 360_000 });

    await setStatus(certificateId, 'terminated', kuzbassNoon('2024-11-20'));
    // the request gives its money back at once
    expect(await account(db.dataSource, certificateId)).toMatchObject({ reserved: 540_000 });
    // an activation replayed late (it happened in September) does not bring the certificate back
    await setStatus(certificateId, 'active', kuzbassNoon('2024-09-02'));
    expect(await db.dataSource.query('SELECT status FROM certificates WHERE certificate_id = $1', [certificateId])).toEqual([
      { status: 'terminated' },
    ]);

    expect(await reportCode(viewer, '2024-12', accepted.enrollmentId)).toBe('ENROLLMENT_ENDED');
    expect(await reportCode(viewer, '2024-11', accepted.enrollmentId)).toBe('charged 1');
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE - 60_000, reserved: 0 });
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('opens a free program to an accounting certificate and reserves nothing', async () => {
    await givenNormative(db.dataSource, '2023-09-01', 0);
    const certificateId = await givenActiveCertificate(db.dataSource, KISELEVSK, kuzbassNoon('2023-10-02'));
    expect(await account(db.dataSource, certificateId)).toMatchObject({ reason: 'QUOTA_EXHAUSTED', balance: 0 });
    const request = enrollmentRequest(certificateId, 0, 9);
    await requestEnrollment(db.dataSource, { ...request, data: { ...request.data, payableByCertificate: false } });
    expect(
      (await outbox(db.dataSource, enrollmentFundsReserved.type)).filter((e) => e.key === request.data.enrollmentId),
    ).toEqual([
      {
        key: request.data.enrollmentId,
        data: { enrollmentId: request.data.enrollmentId, certificateShareKopecks: 0, coPaymentKopecks: 0 },
      },
    ]);
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: 0, reserved: 0, ledger: 0 });
  });

  it('charges the month of a move to the old municipality and the months after to the new one, whose budget counts the child', async () => {
    await givenNormative(db.dataSource, PERIOD, 1000, '01');
    const { providerId, viewer } = provider();
    const certificateId = await activeFromSeptember();
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: '2024-09-01',
      endDate: '2025-05-31',
    });
    const [{ number, child_id: childId }]: { number: string; child_id: string }[] = await db.dataSource.query(
      'SELECT number, child_id FROM certificates WHERE certificate_id = $1',
      [certificateId],
    );
    const move = (to: string, at: Date) =>
      db.dataSource.transaction((manager) =>
        onCertificateMoved(
          envelope(
            certificateMoved,
            certificateId,
            {
              certificateId,
              number,
              childId,
              fromMunicipalityCode: KISELEVSK,
              toMunicipalityCode: to,
              groupId: randomUUID(),
              applicantUserId: randomUUID(),
              parentUserIds: [],
            },
            at,
          ),
          manager,
        ),
      );
    await move('01', kuzbassNoon('2024-10-15'));
    // a replayed move that happened earlier does not undo the newer one
    await move('12', kuzbassNoon('2024-10-01'));
    for (const month of ['2024-10', '2024-11']) expect(await reportCode(viewer, month, enrollmentId)).toBe('charged 1');
    expect(
      await db.dataSource.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, municipality_code FROM invoices WHERE provider_id = $1 ORDER BY month`,
        [providerId],
      ),
    ).toEqual([
      { month: '2024-10', municipality_code: '07' },
      { month: '2024-11', municipality_code: '01' },
    ]);
    expect(
      await db.dataSource.query(
        `SELECT a.municipality_code, n.municipality_code AS normative_of FROM certificate_accounts a
         JOIN normatives n ON n.id = a.normative_id WHERE a.certificate_id = $1`,
        [certificateId],
      ),
    ).toEqual([{ municipality_code: '01', normative_of: '01' }]);
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('keeps a move the new budget refused refused when the event is replayed after that budget grew', async () => {
    // found by the money model: Move, ChangeBudget(+), Replay(Move) moved the account on the replay
    await givenNormative(db.dataSource, PERIOD, 1000, '03');
    await db.dataSource.query(`UPDATE normatives SET budget_kopecks = 0 WHERE municipality_code = '03'`);
    const certificateId = await activeFromSeptember();
    const [{ number, child_id: childId }]: { number: string; child_id: string }[] = await db.dataSource.query(
      'SELECT number, child_id FROM certificates WHERE certificate_id = $1',
      [certificateId],
    );
    const event = envelope(
      certificateMoved,
      certificateId,
      {
        certificateId,
        number,
        childId,
        fromMunicipalityCode: KISELEVSK,
        toMunicipalityCode: '03',
        groupId: randomUUID(),
        applicantUserId: randomUUID(),
        parentUserIds: [],
      },
      kuzbassNoon('2024-10-15'),
    );
    const deliver = () => db.dataSource.transaction((manager) => onCertificateMoved(event, manager));
    const holder = () =>
      db.dataSource.query(
        `SELECT a.municipality_code, n.municipality_code AS normative_of,
                (SELECT array_agg(municipality_code ORDER BY from_month) FROM certificate_municipalities m
                 WHERE m.certificate_id = a.certificate_id) AS months
         FROM certificate_accounts a JOIN normatives n ON n.id = a.normative_id WHERE a.certificate_id = $1`,
        [certificateId],
      );
    await deliver();
    const refused = [{ municipality_code: KISELEVSK, normative_of: KISELEVSK, months: [KISELEVSK] }];
    expect(await holder()).toEqual(refused);
    await db.dataSource.query(`UPDATE normatives SET budget_kopecks = amount_kopecks * quota WHERE municipality_code = '03'`);
    await deliver();
    expect(await holder()).toEqual(refused);
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('finds a certificate active in a month exactly when its history makes it active on one of its days', async () => {
    // the rule as first written, certificate by certificate: an active status before the month's end that
    // nothing replaced by the month's start
    const reference = `SELECT EXISTS (
        SELECT 1 FROM certificate_status_history h
        WHERE h.certificate_id = $1 AND h.status = 'active'
          AND h.occurred_at < (($2::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Novokuznetsk')
          AND NOT EXISTS (SELECT 1 FROM certificate_status_history n
                          WHERE n.certificate_id = h.certificate_id AND n.occurred_at > h.occurred_at
                            AND n.occurred_at <= ($2::date::timestamp AT TIME ZONE 'Asia/Novokuznetsk'))) AS active`;
    const septemberStart = Date.parse('2024-09-01T00:00:00+07:00');
    const hour = 3_600_000;
    // hours from 1 September in Kuzbass: around both of September's edges, the edges themselves included
    const at = fc.oneof(fc.integer({ min: -48, max: 800 }), fc.constantFrom(0, 720, 744, -1, 719));
    const status = fc.constantFrom('inactive', 'active', 'suspended', 'terminated');
    const history = fc.uniqueArray(fc.record({ at, status }), { maxLength: 6, selector: (s) => `${s.at}|${s.status}` });
    const certificateId = await givenActiveCertificate(db.dataSource, KISELEVSK, kuzbassNoon('2024-08-01'));
    await fc.assert(
      fc.asyncProperty(history, async (statuses) => {
        await db.dataSource.query('DELETE FROM certificate_status_history WHERE certificate_id = $1', [certificateId]);
        for (const { at: hours, status: value } of statuses) {
          await db.dataSource.query(
            'INSERT INTO certificate_status_history (certificate_id, status, occurred_at) VALUES ($1, $2, $3)',
            [certificateId, value, new Date(septemberStart + hours * hour)],
          );
        }
        for (const month of ['2024-08-01', '2024-09-01', '2024-10-01']) {
          const [{ active: expected }]: { active: boolean }[] = await db.dataSource.query(reference, [certificateId, month]);
          const [{ one, set }]: { one: boolean; set: boolean }[] = await db.dataSource.query(
            `SELECT certificate_active_in_month($1, $2) AS one,
                    $1 IN (SELECT certificates_active_in_month($2, ARRAY[$1::uuid, gen_random_uuid()])) AS set`,
            [certificateId, month],
          );
          expect({ month, one, set }).toEqual({ month, one: expected, set: expected });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('has the database refuse a charge outside the rules even from a writer that skipped them', async () => {
    const { providerId } = provider();
    const certificateId = await activeFromSeptember();
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: '2024-09-01',
      endDate: '2025-05-31',
      acceptedAt: kuzbassNoon('2024-11-15'),
    });
    const [{ invoice_id: invoiceId }]: { invoice_id: string }[] = await db.dataSource.query(
      `INSERT INTO invoices (number, provider_id, municipality_code, month, line_count, total_price_kopecks,
                             certificate_total_kopecks, co_payment_total_kopecks, run_id)
       VALUES ($1, $2, '07', '2024-10-01', 1, 100000, 0, 100000, $3) RETURNING invoice_id`,
      [`07/2024-10/${randomUUID().slice(0, 6)}`, providerId, randomUUID()],
    );
    await expect(
      db.dataSource.query(
        `INSERT INTO monthly_charges (enrollment_id, month, certificate_id, invoice_id, price_kopecks, certificate_kopecks, co_payment_kopecks)
         VALUES ($1, '2024-10-01', $2, $3, 100000, 0, 100000)`,
        [enrollmentId, certificateId, invoiceId],
      ),
    ).rejects.toMatchObject({ code: '23514', constraint: 'monthly_charges_chargeable' });
  });
});
