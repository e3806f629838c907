// QUALITY.md's fault on billing's side of the saga: billing is SIGKILLed while enrolment requests stream in
// and is started again; every request is answered exactly once and the ledger stays exact.
import { randomInt, randomUUID } from 'node:crypto';
import { certificateIssued, certificateStatusChanged, enrollmentRequested, publish } from '@pdo/events';
import { DataSource } from 'typeorm';
import { control, serviceDatabaseUrl, waitFor } from './system-control';

const CERTIFICATES = 20;
const PER_CERTIFICATE = 5;

describe('billing killed mid-saga', () => {
  // The upstream services' events go through their own outboxes and relays, as if they had made them.
  const certificates = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('certificates') });
  const navigator = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('navigator') });
  const billing = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('billing') });

  beforeAll(() => Promise.all([certificates.initialize(), navigator.initialize(), billing.initialize()]));
  afterAll(() => Promise.all([certificates.destroy(), navigator.destroy(), billing.destroy()]));

  it('answers every request once after the restart and keeps the ledger exact', async () => {
    const certificateIds = Array.from({ length: CERTIFICATES }, () => randomUUID());
    const base = randomInt(100_000, 800_000);
    for (const [index, certificateId] of certificateIds.entries()) {
      const certificate = { certificateId, number: `4207${base + index}`, childId: randomUUID() };
      await certificates.transaction(async (manager) => {
        await publish(manager, certificateIssued, certificateId, {
          ...certificate,
          municipalityCode: '07',
          groupId: randomUUID(),
        });
        await publish(manager, certificateStatusChanged, certificateId, { ...certificate, status: 'active' });
      });
    }
    const count = async (sql: string, params: unknown[]) => Number(((await billing.query(sql, params)) as { n: number }[])[0]!.n);
    await waitFor(
      'the accounts',
      async () =>
        (await count('SELECT count(*)::int AS n FROM certificate_accounts WHERE certificate_id = ANY($1)', [certificateIds])) ===
        CERTIFICATES,
    );

    const requests = certificateIds.flatMap((certificateId) =>
      Array.from({ length: PER_CERTIFICATE }, (_, i) => ({
        enrollmentId: randomUUID(),
        childId: randomUUID(),
        certificateId,
        programId: randomUUID(),
        groupId: randomUUID(),
        providerId: randomUUID(),
        municipalityCode: '07',
        monthlyPriceKopecks: 30_000 + i * 20_000,
        months: 9,
      })),
    );
    const enrollmentIds = requests.map((r) => r.enrollmentId);
    const answered = () =>
      count(`SELECT count(DISTINCT key)::int AS n FROM outbox WHERE type LIKE 'billing.EnrollmentFunds%' AND key = ANY($1)`, [
        enrollmentIds.map(String),
      ]);
    const stream = (async () => {
      for (const request of requests) {
        await navigator.transaction((manager) => publish(manager, enrollmentRequested, request.enrollmentId, request));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    })();
    await waitFor('the saga to be flowing', async () => (await answered()) >= 5);
    await control('/services/billing/kill');
    await stream;
    await waitFor('every request answered', async () => (await answered()) === requests.length, 180_000);

    const answers = (await billing.query(
      `SELECT key, count(*)::int AS n FROM outbox WHERE type LIKE 'billing.EnrollmentFunds%' AND key = ANY($1) GROUP BY key`,
      [enrollmentIds.map(String)],
    )) as { n: number }[];
    expect(answers.filter((a) => a.n !== 1)).toEqual([]);
    const breaches = await billing.query(
      `SELECT a.certificate_id FROM certificate_accounts a LEFT JOIN account_movements m USING (certificate_id)
       WHERE a.certificate_id = ANY($1)
       GROUP BY a.certificate_id, a.balance_kopecks, a.opened_with_kopecks
       HAVING a.balance_kopecks <> coalesce(sum(m.amount_kopecks), 0) OR a.balance_kopecks < 0
           OR -coalesce(sum(m.amount_kopecks) FILTER (WHERE m.kind = 'reservation'), 0) > a.opened_with_kopecks`,
      [certificateIds],
    );
    expect(breaches).toEqual([]);
    expect(
      await count(`SELECT count(*)::int AS n FROM account_movements WHERE kind = 'reservation' AND enrollment_id = ANY($1)`, [
        enrollmentIds,
      ]),
    ).toBe(requests.length);
  }, 300_000);
});
