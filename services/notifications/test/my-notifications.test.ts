import { randomUUID } from 'node:crypto';
import {
  certificateApplicationEntered,
  certificateApplicationSubmitted,
  certificateIssued,
  certificateMoved,
  certificateStatusChanged,
  childRegistered,
} from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import {
  onApplicationEntered,
  onApplicationSubmitted,
  onCertificateIssued,
  onCertificateMoved,
  onCertificateStatusChanged,
} from '../src/events/certificates.handler';
import { onChildRecorded } from '../src/events/identity.handler';
import { notificationsService } from '../src/notifications.service';
import { deliver, envelope, uniqueAddress } from './event-delivery';

let db: TestDatabase;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase(notificationsService);
  schema = await buildSubgraph(notificationsService.subgraph);
});

afterAll(() => db.drop());

const MY_NOTIFICATIONS = '{ myNotifications { email kind subject status attempts sentAt nextAttemptAt } }';

const retryAt = new Date(Date.now() + 30_000);

async function insert(ownerUserIds: string[], subject: string, status: 'queued' | 'sent' | 'failed') {
  const next = { queued: new Date(), sent: null, failed: retryAt }[status];
  await db.dataSource.query(
    `INSERT INTO notifications (owner_user_ids, email, kind, subject, status, attempts, sent_at, next_attempt_at, created_at)
     VALUES ($1, 'parent@example.test', 'certificate_issued', $2, $3, $4, $5, $6, now() - make_interval(secs => $7))`,
    [
      ownerUserIds,
      subject,
      status,
      status === 'queued' ? 0 : 1,
      status === 'sent' ? new Date() : null,
      next,
      status === 'sent' ? 60 : 0,
    ],
  );
}

type Listed = { myNotifications: { email: string; kind: string; subject: string }[] };

async function notificationsOf(userId: string) {
  const result = await executeAs<Listed>(schema, db.dataSource, { userId, roles: ['parent'] }, MY_NOTIFICATIONS);
  expect(result.errors).toBeUndefined();
  return (result.data?.myNotifications ?? []).map((n) => n.kind).sort();
}

describe('myNotifications', () => {
  it('shows a user their own messages with the delivery state, and nobody else’s', async () => {
    const me = randomUUID();
    await insert([me], 'моё письмо', 'sent');
    await insert([me], 'моё недоставленное письмо', 'failed');
    await insert([randomUUID()], 'чужое письмо', 'queued');
    await insert([], 'письмо без владельца', 'queued');

    const result = await executeAs<{ myNotifications: { subject: string; status: string; sentAt: string | null }[] }>(
      schema,
      db.dataSource,
      { userId: me, roles: ['parent'] },
      MY_NOTIFICATIONS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.myNotifications).toEqual([
      expect.objectContaining({
        subject: 'моё недоставленное письмо',
        status: 'failed',
        sentAt: null,
        nextAttemptAt: retryAt.toISOString(),
      }),
      expect.objectContaining({
        subject: 'моё письмо',
        status: 'sent',
        attempts: 1,
        sentAt: expect.any(String),
        nextAttemptAt: null,
      }),
    ]);
  });

  it('refuses an anonymous visitor', async () => {
    const result = await executeAs(schema, db.dataSource, {}, MY_NOTIFICATIONS);
    expect(result.errors?.[0]?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the letters about a child to the applicant and every parent, each letter queued once to the applicant', async () => {
    const [mother, father, stranger] = [randomUUID(), randomUUID(), randomUUID()];
    const childId = randomUUID();
    const email = uniqueAddress();
    const applicationId = randomUUID();
    await deliver(
      db.dataSource,
      envelope(certificateApplicationSubmitted, applicationId, {
        applicationId,
        childId,
        email,
        confirmationUrl: 'https://pdo.kuzbass.local/confirm-email?token=t',
        applicantUserId: mother,
      }),
      onApplicationSubmitted,
    );
    const certificateId = randomUUID();
    const people = { applicantUserId: mother, parentUserIds: [mother, father] };
    const number = '4207000101';
    await deliver(
      db.dataSource,
      envelope(certificateIssued, certificateId, {
        certificateId,
        number,
        childId,
        municipalityCode: '07',
        groupId: randomUUID(),
        ...people,
      }),
      onCertificateIssued,
    );
    await deliver(
      db.dataSource,
      envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'active', ...people }),
      onCertificateStatusChanged,
    );
    await deliver(
      db.dataSource,
      envelope(certificateMoved, certificateId, {
        certificateId,
        number,
        childId,
        fromMunicipalityCode: '07',
        toMunicipalityCode: '01',
        groupId: randomUUID(),
        ...people,
      }),
      onCertificateMoved,
    );

    expect(await notificationsOf(mother)).toEqual([
      'certificate_activated',
      'certificate_issued',
      'certificate_moved',
      'email_confirmation',
    ]);
    expect(await notificationsOf(father)).toEqual(['certificate_activated', 'certificate_issued', 'certificate_moved']);
    expect(await notificationsOf(stranger)).toEqual([]);
    const rows = (await db.dataSource.query('SELECT kind, email, subject FROM notifications WHERE email = $1', [email])) as {
      kind: string;
      subject: string;
    }[];
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.kind === 'certificate_moved')?.subject).toBe(
      'Сертификат дополнительного образования № 4207000101 переведён: г. Кемерово',
    );
  });

  it('falls back to the parents known from identity for an event recorded before events named them', async () => {
    const [mother, father] = [randomUUID(), randomUUID()];
    const childId = randomUUID();
    const email = uniqueAddress();
    await deliver(
      db.dataSource,
      envelope(childRegistered, childId, {
        childId,
        parentIds: [mother, father],
        birthDate: '2016-05-10',
        municipalityCode: '07',
        attendsSchool: true,
      }),
      onChildRecorded,
    );
    const applicationId = randomUUID();
    await deliver(
      db.dataSource,
      envelope(certificateApplicationSubmitted, applicationId, {
        applicationId,
        childId,
        email,
        confirmationUrl: 'https://pdo.kuzbass.local/confirm-email?token=u',
      }),
      onApplicationSubmitted,
    );
    const certificateId = randomUUID();
    await deliver(
      db.dataSource,
      envelope(certificateIssued, certificateId, {
        certificateId,
        number: '4207000102',
        childId,
        municipalityCode: '07',
        groupId: randomUUID(),
      }),
      onCertificateIssued,
    );
    expect(await notificationsOf(mother)).toEqual(['certificate_issued']);
    expect(await notificationsOf(father)).toEqual(['certificate_issued']);
  });

  it('writes to the address of an application entered by an operator, and later letters follow it; without an address nothing is queued', async () => {
    const parent = randomUUID();
    const email = uniqueAddress();
    const entered = (childId: string, address: string | null, applicationNumber: number) => {
      const applicationId = randomUUID();
      return envelope(certificateApplicationEntered, applicationId, {
        applicationId,
        applicationNumber,
        childId,
        municipalityCode: '07',
        applicantUserId: parent,
        enteredByUserId: randomUUID(),
        email: address,
      });
    };
    const childId = randomUUID();
    await deliver(db.dataSource, entered(childId, email, 459), onApplicationEntered);
    const certificateId = randomUUID();
    await deliver(
      db.dataSource,
      envelope(certificateIssued, certificateId, {
        certificateId,
        number: '4207000103',
        childId,
        municipalityCode: '07',
        groupId: randomUUID(),
        applicantUserId: parent,
        parentUserIds: [parent],
      }),
      onCertificateIssued,
    );
    const rows = (await db.dataSource.query('SELECT kind, subject FROM notifications WHERE email = $1 ORDER BY created_at', [
      email,
    ])) as { kind: string; subject: string }[];
    expect(rows).toEqual([
      { kind: 'application_entered', subject: 'Заявка на сертификат ПДО № 459 зарегистрирована' },
      { kind: 'certificate_issued', subject: 'Сертификат дополнительного образования № 4207000103 выдан' },
    ]);

    const silent = entered(randomUUID(), null, 460);
    await deliver(db.dataSource, silent, onApplicationEntered);
    expect(await db.dataSource.query('SELECT 1 FROM notifications WHERE source_event_id = $1', [silent.id])).toHaveLength(0);
  });
});
