import { randomUUID } from 'node:crypto';
import { certificateIssued, certificateStatusChanged, enrollmentCancelled, enrollmentRequested } from '@pdo/events';
import { consumerSetting, eventually, uniqueName } from '@pdo/service-kit/testing';
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
  const setting = consumerSetting(
    billingService,
    logger,
    (runtime) => startBillingConsumer(runtime, topics),
    (database) => givenNormative(database.dataSource, periodStartFor(new Date()), 10),
  );
  beforeAll(() => setting.start());
  afterAll(() => setting.stop());

  it('opens the account, reserves the share for an enrolment and releases it on cancellation', async () => {
    const certificateId = randomUUID();
    const certificate = { certificateId, number: '4207000123', childId: randomUUID() };
    await setting.upstream.send(certificateIssued, topics.certificatesTopic, certificateId, {
      ...certificate,
      municipalityCode: KISELEVSK,
      groupId: randomUUID(),
    });
    await setting.upstream.send(certificateStatusChanged, topics.certificatesTopic, certificateId, {
      ...certificate,
      status: 'active',
    });
    await eventually(
      'the account',
      () => account(setting.database.dataSource, certificateId),
      (a) => a?.balance === NORMATIVE,
    );

    const enrollmentId = randomUUID();
    await setting.upstream.send(enrollmentRequested, topics.navigatorTopic, enrollmentId, {
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
      () => account(setting.database.dataSource, certificateId),
      (a) => a?.balance === NORMATIVE - 900_000,
    );
    expect(await outbox(setting.database.dataSource, 'billing.EnrollmentFundsReserved')).toEqual([
      { key: enrollmentId, data: { enrollmentId, certificateShareKopecks: 900_000, coPaymentKopecks: 0 } },
    ]);

    await setting.upstream.send(enrollmentCancelled, topics.navigatorTopic, enrollmentId, {
      enrollmentId,
      certificateId,
      childId: certificate.childId,
    });
    const released = await eventually(
      'the release',
      () => account(setting.database.dataSource, certificateId),
      (a) => a?.balance === NORMATIVE,
    );
    expect(released).toMatchObject({ ledger: NORMATIVE, reserved: 0 });
  });
});
