// Issue 15's «Состояние системы»: an event billing cannot handle lands in its dead letters and on the regional
// admin's page with its error; once the cause is gone, «Повторить» sends it back and billing handles it.
import { randomInt, randomUUID } from 'node:crypto';
import { certificateIssued, certificateStatusChanged, publish } from '@pdo/events';
import { eventually } from '@pdo/service-kit/testing';
import { DataSource } from 'typeorm';
import { errorCodes, graphql, signIn } from './gateway.client';
import { serviceDatabaseUrl } from './system-control';

type State = {
  outboxBacklog: number;
  consumerLag: { topic: string; lag: number }[];
  kafkaAnswered: boolean;
  deadLetterCount: number;
  deadLetters: { eventId: string | null; eventType: string | null; error: string; attempts: number }[];
};
const STATE = `{ billingState { outboxBacklog consumerLag { topic lag } kafkaAnswered deadLetterCount
  deadLetters { eventId eventType error attempts } } }`;

describe('the state of the system (issue 15)', () => {
  // the test speaks as certificates: its events go through certificates' own outbox and relay
  const certificates = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('certificates') });
  const billing = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('billing') });
  beforeAll(() => Promise.all([certificates.initialize(), billing.initialize()]));
  afterAll(() => Promise.all([certificates.destroy(), billing.destroy()]));

  it('shows a poison event with its error to the regional admin only, and replays it once its cause is gone', async () => {
    const admin = await signIn('admin');
    const certificateId = randomUUID();
    const childId = randomUUID();
    const number = `4207${randomInt(100000, 1000000)}`;
    // a status change of a certificate billing has never heard of: billing refuses it five times, then sets it aside
    const poison = await certificates.transaction((manager) =>
      publish(manager, certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'suspended' }),
    );
    const stateOf = async () => (await graphql<{ billingState: State }>(STATE, {}, admin)).data!.billingState;
    const seen = await eventually(
      'the poison event on the admin page',
      stateOf,
      (state) => state.deadLetters.some((letter) => letter.eventId === poison.id),
      90_000,
    );
    expect(seen.kafkaAnswered).toBe(true);
    expect(seen.deadLetters.find((letter) => letter.eventId === poison.id)).toMatchObject({
      eventType: 'certificates.CertificateStatusChanged',
      error: `certificate ${certificateId} is not known to billing`,
      attempts: 5,
    });
    expect(seen.consumerLag.map((lag) => lag.topic)).toContain('certificates.events');

    for (const login of ['operator', 'finance', 'parent', 'provider']) {
      const refused = await graphql(STATE, {}, await signIn(login));
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }

    // the cause goes away: billing learns of the certificate
    await certificates.transaction((manager) =>
      publish(manager, certificateIssued, certificateId, {
        certificateId,
        number,
        childId,
        municipalityCode: '07',
        groupId: randomUUID(),
      }),
    );
    const statusInBilling = async () =>
      (
        (await billing.query('SELECT status FROM certificates WHERE certificate_id = $1', [certificateId])) as {
          status: string;
        }[]
      )[0]?.status;
    await eventually('billing knows the certificate', statusInBilling, (status) => status === 'inactive', 60_000);

    const replayed = await graphql<{ replayBillingDeadLetters: { replayed: number } }>(
      'mutation { replayBillingDeadLetters { replayed } }',
      {},
      admin,
    );
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data!.replayBillingDeadLetters.replayed).toBeGreaterThanOrEqual(1);
    await eventually('billing handles the replayed event', statusInBilling, (status) => status === 'suspended', 60_000);
    const after = await stateOf();
    expect(after.deadLetters.some((letter) => letter.eventId === poison.id)).toBe(false);
  });
});
