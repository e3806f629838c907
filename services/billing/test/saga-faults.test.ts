import { randomUUID } from 'node:crypto';
import {
  certificateIssued,
  certificateStatusChanged,
  enrollmentCancelled,
  enrollmentRequested,
  type Stoppable,
} from '@pdo/events';
import {
  createTestDatabase,
  requiredTestEnv,
  startUpstream,
  testRuntime,
  type TestDatabase,
  uniqueName,
  type Upstream,
} from '@pdo/service-kit/testing';
import pino from 'pino';
import { billingService } from '../src/billing.service';
import { periodStartFor } from '../src/domain/period';
import { startBillingConsumer } from '../src/events/billing.consumer';
import { givenNormative, KISELEVSK, ledgerBreaches, NORMATIVE } from './billing.fixture';

const CERTIFICATES = 10;
const PER_CERTIFICATE = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Stops or starts the test profile's broker through the runner's control endpoint (scripts/test.ts). */
async function broker(action: 'stop' | 'start'): Promise<void> {
  const response = await fetch(`${requiredTestEnv('KAFKA_CONTROL_URL')}/kafka/${action}`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`could not ${action} Kafka: ${response.status} ${await response.text()}`);
}

/**
 * QUALITY.md's faults on billing's side of the saga: the broker stops in the middle of a stream of enrolment
 * requests and comes back, then every event is replayed from the start — through the inbox and again with
 * the inbox emptied, so the handlers' own idempotency is what holds. The ledger stays exact throughout.
 */
describe('the enrolment saga under faults', () => {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const topics = { certificatesTopic: uniqueName('certificates-faults'), navigatorTopic: uniqueName('navigator-faults') };
  let billing: TestDatabase;
  let upstream: Upstream;
  const running: Stoppable[] = [];

  const consume = async (groupId: string) => {
    const consumer = await startBillingConsumer(testRuntime(billingService, billing, logger), { groupId, ...topics });
    running.push(consumer);
    return consumer;
  };
  /** Everything the saga decides, in a comparable form. */
  const state = async () => ({
    accounts: await billing.dataSource.query(
      'SELECT certificate_id, balance_kopecks, opened_with_kopecks FROM certificate_accounts ORDER BY certificate_id',
    ),
    movements: await billing.dataSource.query(
      `SELECT certificate_id, kind, amount_kopecks, enrollment_id FROM account_movements
       ORDER BY certificate_id, enrollment_id NULLS FIRST, kind`,
    ),
    enrollments: await billing.dataSource.query('SELECT enrollment_id, status FROM enrollments ORDER BY enrollment_id'),
    answers: await billing.dataSource.query(
      `SELECT key, type FROM outbox WHERE type LIKE 'billing.EnrollmentFunds%' ORDER BY key`,
    ),
  });
  const answered = async () =>
    Number(
      (
        await billing.dataSource.query(
          `SELECT count(DISTINCT key)::int AS n FROM outbox WHERE type LIKE 'billing.EnrollmentFunds%'`,
        )
      )[0].n,
    );

  beforeAll(async () => {
    billing = await createTestDatabase(billingService);
    upstream = await startUpstream(billingService, logger, 'upstream-faults');
    await givenNormative(billing.dataSource, periodStartFor(new Date()), CERTIFICATES);
  });

  afterAll(async () => {
    await Promise.allSettled(running.map((task) => task.stop()));
    await Promise.all([billing.drop(), upstream.stop()]);
  });

  it('answers every request once after a broker restart, and a full replay changes nothing', async () => {
    const first = await consume(uniqueName('billing-faults'));
    const certificateIds = Array.from({ length: CERTIFICATES }, () => randomUUID());
    for (const [index, certificateId] of certificateIds.entries()) {
      const certificate = { certificateId, number: `4207${String(900000 + index)}`, childId: randomUUID() };
      await upstream.send(certificateIssued, topics.certificatesTopic, certificateId, {
        ...certificate,
        municipalityCode: KISELEVSK,
        groupId: randomUUID(),
      });
      await upstream.send(certificateStatusChanged, topics.certificatesTopic, certificateId, {
        ...certificate,
        status: 'active',
      });
    }
    await waitFor(
      'the accounts',
      async () =>
        Number((await billing.dataSource.query('SELECT count(*)::int AS n FROM certificate_accounts'))[0].n) === CERTIFICATES,
    );

    const requests = certificateIds.flatMap((certificateId) =>
      Array.from({ length: PER_CERTIFICATE }, (_, i) => ({
        enrollmentId: randomUUID(),
        childId: randomUUID(),
        certificateId,
        programId: randomUUID(),
        groupId: randomUUID(),
        providerId: randomUUID(),
        municipalityCode: KISELEVSK,
        monthlyPriceKopecks: 40_000 + i * 15_000,
        months: 9,
      })),
    );
    const cancelled = requests.filter((_, i) => i % 4 === 0);
    const stream = (async () => {
      for (const request of requests) {
        await upstream.send(enrollmentRequested, topics.navigatorTopic, request.enrollmentId, request);
        await sleep(20);
      }
      for (const request of cancelled) {
        const { enrollmentId, certificateId, childId } = request;
        await upstream.send(enrollmentCancelled, topics.navigatorTopic, enrollmentId, { enrollmentId, certificateId, childId });
      }
    })();
    await waitFor('the stream to be flowing', async () => (await answered()) >= 5);
    await broker('stop');
    await sleep(3000);
    await broker('start');
    await stream;
    await waitFor('every request answered', async () => (await answered()) === requests.length);
    const cancelledIds = cancelled.map((r) => r.enrollmentId);
    await waitFor('every cancellation handled', async () => {
      const [{ n }] = await billing.dataSource.query(
        `SELECT count(*)::int AS n FROM enrollments WHERE status = 'ended' AND enrollment_id = ANY($1::uuid[])`,
        [cancelledIds],
      );
      return n === cancelled.length;
    });
    // what a cancelled enrolment held is back on its certificate
    const [{ held }] = await billing.dataSource.query(
      `SELECT coalesce(-sum(amount_kopecks), 0)::int AS held FROM account_movements
       WHERE kind IN ('reservation', 'release') AND enrollment_id = ANY($1::uuid[])`,
      [cancelledIds],
    );
    expect(held).toBe(0);

    const settled = await state();
    // one answer per request; what reservations hold never exceeds the normative of their certificate
    expect(settled.answers).toHaveLength(requests.length);
    const heldPer = new Map<string, number>();
    for (const m of settled.movements as { certificate_id: string; kind: string; amount_kopecks: string }[]) {
      if (m.kind === 'reservation' || m.kind === 'release') {
        heldPer.set(m.certificate_id, (heldPer.get(m.certificate_id) ?? 0) - Number(m.amount_kopecks));
      }
    }
    expect(heldPer.size).toBe(CERTIFICATES);
    for (const held of heldPer.values()) expect(held).toBeLessThanOrEqual(NORMATIVE);
    expect(await ledgerBreaches(billing.dataSource)).toEqual([]);

    // Replay everything from the start under a new group: the inbox recognizes every event.
    await first.stop();
    const replayedEvents = 2 * CERTIFICATES + requests.length + cancelled.length;
    const inboxSize = async () => Number((await billing.dataSource.query('SELECT count(*)::int AS n FROM inbox'))[0].n);
    expect(await inboxSize()).toBe(replayedEvents);
    const replay = await consume(uniqueName('billing-replay'));
    await sleep(5000);
    await replay.stop();
    expect(await state()).toEqual(settled);

    // And with the inbox emptied: each handler must itself recognize what it already did.
    await billing.dataSource.query('DELETE FROM inbox');
    const bare = await consume(uniqueName('billing-bare-replay'));
    await waitFor('the bare replay', async () => (await inboxSize()) === replayedEvents);
    await bare.stop();
    expect(await state()).toEqual(settled);
    expect(await ledgerBreaches(billing.dataSource)).toEqual([]);
  }, 240_000);
});
