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
  eventually,
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
import { account, givenNormative, KISELEVSK, NORMATIVE, outbox } from './billing.fixture';

/** Through the real broker: events sent by another service's outbox relay reach billing's consumer. */
describe('billing consumer on Kafka', () => {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const topics = {
    groupId: uniqueName('billing-test'),
    certificatesTopic: uniqueName('certificates-test'),
    navigatorTopic: uniqueName('navigator-test'),
  };
  let billing: TestDatabase;
  let upstream: Upstream;
  const running: Stoppable[] = [];

  beforeAll(async () => {
    billing = await createTestDatabase(billingService);
    upstream = await startUpstream(billingService, logger);
    await givenNormative(billing.dataSource, periodStartFor(new Date()), 10);
    running.push(await startBillingConsumer(testRuntime(billingService, billing, logger), topics));
  });

  afterAll(async () => {
    await Promise.all(running.map((task) => task.stop()));
    await Promise.all([billing.drop(), upstream.stop()]);
  });

  it('opens the account, reserves the share for an enrolment and releases it on cancellation', async () => {
    const certificateId = randomUUID();
    const certificate = { certificateId, number: '4207000123', childId: randomUUID() };
    await upstream.send(certificateIssued, topics.certificatesTopic, certificateId, {
      ...certificate,
      municipalityCode: KISELEVSK,
      groupId: randomUUID(),
    });
    await upstream.send(certificateStatusChanged, topics.certificatesTopic, certificateId, { ...certificate, status: 'active' });
    await eventually(
      'the account',
      () => account(billing.dataSource, certificateId),
      (a) => a?.balance === NORMATIVE,
    );

    const enrollmentId = randomUUID();
    await upstream.send(enrollmentRequested, topics.navigatorTopic, enrollmentId, {
      enrollmentId,
      childId: certificate.childId,
      certificateId,
      programId: randomUUID(),
      groupId: randomUUID(),
      providerId: randomUUID(),
      municipalityCode: KISELEVSK,
      monthlyPriceKopecks: 100_000,
      months: 9,
    });
    await eventually(
      'the reservation',
      () => account(billing.dataSource, certificateId),
      (a) => a?.balance === NORMATIVE - 900_000,
    );
    expect(await outbox(billing.dataSource, 'billing.EnrollmentFundsReserved')).toEqual([
      { key: enrollmentId, data: { enrollmentId, certificateShareKopecks: 900_000, coPaymentKopecks: 0 } },
    ]);

    await upstream.send(enrollmentCancelled, topics.navigatorTopic, enrollmentId, {
      enrollmentId,
      certificateId,
      childId: certificate.childId,
    });
    const released = await eventually(
      'the release',
      () => account(billing.dataSource, certificateId),
      (a) => a?.balance === NORMATIVE,
    );
    expect(released).toMatchObject({ ledger: NORMATIVE, reserved: 0 });
  });
});
