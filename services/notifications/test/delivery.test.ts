import { randomUUID } from 'node:crypto';
import {
  certificateApplicationSubmitted,
  certificateIssued,
  certificateStatusChanged,
  type EventData,
  type EventDefinition,
  type EventOf,
} from '@pdo/events';
import { createDataSource, createLogger } from '@pdo/service-kit';
import { createTestDatabase, requiredTestEnv, type TestDatabase } from '@pdo/service-kit/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { startDeliveryLoop } from '../src/delivery/delivery.loop';
import { smtpTransport, SMTP_URL_MISSING, type MailTransport } from '../src/delivery/smtp.transport';
import type { RetryPolicy } from '../src/domain/delivery-retry';
import { NotificationEntity } from '../src/entities/notification.entity';
import { emailsFailed, emailsSent } from '../src/notifications.metrics';
import { onApplicationSubmitted, onCertificateIssued, onCertificateStatusChanged } from '../src/events/certificates.handler';
import { notificationsService } from '../src/notifications.service';
import { sendDueMessages } from './event-delivery';

interface MailboxMessage {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
}

const FROM = '"Сертификат ПДО Кузбасса" <no-reply@pdo.kuzbass.local>';
const policy: RetryPolicy = { maxAttempts: 3, initialDelayMs: 1000, maxDelayMs: 2000 };
const mailboxUrl = () => new URL('/api/messages', requiredTestEnv('MAILBOX_URL'));

let db: TestDatabase;
let transport: MailTransport;

beforeAll(async () => {
  db = await createTestDatabase(notificationsService);
  transport = smtpTransport(requiredTestEnv('SMTP_URL'), FROM);
});

afterAll(async () => {
  transport.close();
  await db.drop();
});

/** Ours only: every test writes to its own address, and other people's mail is left alone. */
async function mailTo(address: string): Promise<MailboxMessage[]> {
  const all = (await (await fetch(mailboxUrl())).json()) as MailboxMessage[];
  return all.filter((message) => message.to.includes(address));
}

function envelope<D extends EventDefinition>(definition: D, aggregateId: string, data: EventData<D>) {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    aggregateId,
    data: definition.schema.parse(data) as EventData<D>,
  } as EventOf<D>;
}

/** The way the consumer handles an event: inbox record and effect in one transaction, a repeat skipped. */
function deliver<E extends { id: string; type: string }>(event: E, handler: (event: E, manager: EntityManager) => Promise<void>) {
  return db.dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      'INSERT INTO inbox (event_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
      [event.id, event.type],
    );
    if (inserted.length > 0) await handler(event, manager);
  });
}

const uniqueAddress = () => `parent-${randomUUID()}@example.test`;
const messagesFor = (email: string) =>
  db.dataSource.getRepository(NotificationEntity).find({ where: { email }, order: { createdAt: 'ASC' } });

function submitted(email: string, childId = randomUUID()) {
  const applicationId = randomUUID();
  return envelope(certificateApplicationSubmitted, applicationId, {
    applicationId,
    childId,
    email,
    confirmationUrl: `http://localhost:8080/confirm-email?token=${randomUUID()}&from=mail`,
  });
}

describe('notifications delivery over real SMTP', () => {
  it('sends the confirmation letter with the exact subject and the link in both parts', async () => {
    const email = uniqueAddress();
    const event = submitted(email);
    await deliver(event, onApplicationSubmitted);
    await sendDueMessages(db.dataSource, transport, policy);

    const [received, ...more] = await mailTo(email);
    expect(more).toHaveLength(0);
    expect(received.subject).toBe('Заявка на сертификат ПДО. Подтверждение электронной почты');
    expect(received.from).toContain('no-reply@pdo.kuzbass.local');
    expect(received.text).toContain(
      `Для подтверждения адреса электронной почты перейдите по ссылке:\n${event.data.confirmationUrl}`,
    );
    const href = event.data.confirmationUrl.replace(/&/g, '&amp;');
    expect(received.html).toContain(`<a href="${href}">`);

    const [row] = await messagesFor(email);
    expect(row).toMatchObject({
      kind: 'email_confirmation',
      status: 'sent',
      attempts: 1,
      lastError: null,
      sourceEventId: event.id,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('creates no second message when the same event is delivered again', async () => {
    const email = uniqueAddress();
    const event = submitted(email);
    await deliver(event, onApplicationSubmitted);
    await deliver(event, onApplicationSubmitted);
    // even past the inbox (a handler run twice), the (event, kind) index holds
    await db.dataSource.transaction((manager) => onApplicationSubmitted(event, manager));
    await sendDueMessages(db.dataSource, transport, policy);
    expect(await messagesFor(email)).toHaveLength(1);
    expect(await mailTo(email)).toHaveLength(1);
  });

  it('writes to the latest applicant when the certificate is issued, activated and suspended', async () => {
    const older = uniqueAddress();
    const email = uniqueAddress();
    const childId = randomUUID();
    const first = submitted(older, childId);
    const second = submitted(email, childId);
    await deliver(second, onApplicationSubmitted);
    await deliver({ ...first, occurredAt: new Date(Date.now() - 60_000).toISOString() }, onApplicationSubmitted);
    const certificateId = randomUUID();
    const number = '4207000002';
    await deliver(
      envelope(certificateIssued, certificateId, {
        certificateId,
        number,
        childId,
        municipalityCode: '07',
        groupId: randomUUID(),
      }),
      onCertificateIssued,
    );
    await deliver(
      envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'active' }),
      onCertificateStatusChanged,
    );
    await deliver(
      envelope(certificateStatusChanged, certificateId, {
        certificateId,
        number,
        childId,
        status: 'suspended',
        reason: 'проверка',
      }),
      onCertificateStatusChanged,
    );
    while ((await sendDueMessages(db.dataSource, transport, policy)) > 0);

    expect((await messagesFor(email)).map((m) => m.kind)).toEqual([
      'email_confirmation',
      'certificate_issued',
      'certificate_activated',
      'certificate_suspended',
    ]);
    const subjects = (await mailTo(email)).map((m) => m.subject).sort();
    expect(subjects).toEqual([
      'Действие сертификата дополнительного образования № 4207000002 приостановлено',
      'Заявка на сертификат ПДО. Подтверждение электронной почты',
      'Сертификат дополнительного образования № 4207000002 активирован',
      'Сертификат дополнительного образования № 4207000002 выдан',
    ]);
    const issued = (await mailTo(email)).find((m) => m.subject.endsWith('выдан'));
    expect(issued?.text).toContain('Статус: Не активирован.');
    expect(issued?.text).toContain('паспорт заявителя');
    expect((await mailTo(older)).map((m) => m.subject)).toEqual(['Заявка на сертификат ПДО. Подтверждение электронной почты']);
  });

  it('sends nothing for a certificate whose applicant left no address', async () => {
    const childId = randomUUID();
    const certificateId = randomUUID();
    const event = envelope(certificateIssued, certificateId, {
      certificateId,
      number: '4207000003',
      childId,
      municipalityCode: '07',
      groupId: randomUUID(),
    });
    await deliver(event, onCertificateIssued);
    expect(await db.dataSource.query('SELECT 1 FROM notifications WHERE source_event_id = $1', [event.id])).toHaveLength(0);
  });

  it('marks a message failed with the reason when SMTP is down, retries after the backoff, and sends once it is back', async () => {
    const email = uniqueAddress();
    const count = async (counter: typeof emailsSent) => (await counter.get()).values[0]?.value ?? 0;
    const [sentBefore, failedBefore] = [await count(emailsSent), await count(emailsFailed)];
    await deliver(submitted(email), onApplicationSubmitted);
    const closed = smtpTransport('smtp://127.0.0.1:1', FROM);
    try {
      expect(await sendDueMessages(db.dataSource, closed, policy)).toBeGreaterThanOrEqual(1);
    } finally {
      closed.close();
    }
    const [failed] = await messagesFor(email);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now());
    expect([await count(emailsSent), await count(emailsFailed)]).toEqual([sentBefore, failedBefore + 1]);

    // not due yet: even a working server does not get it before the backoff ends
    await sendDueMessages(db.dataSource, transport, policy);
    expect((await messagesFor(email))[0].status).toBe('failed');
    expect(await mailTo(email)).toHaveLength(0);

    await new Promise((resolve) => setTimeout(resolve, policy.initialDelayMs + 100));
    await sendDueMessages(db.dataSource, transport, policy);
    expect((await messagesFor(email))[0]).toMatchObject({ status: 'sent', attempts: 2, lastError: null, nextAttemptAt: null });
    expect(await mailTo(email)).toHaveLength(1);
    expect([await count(emailsSent), await count(emailsFailed)]).toEqual([sentBefore + 1, failedBefore + 1]);
  });

  it('gives a message up after the last allowed try, keeping the reason', async () => {
    const email = uniqueAddress();
    await deliver(submitted(email), onApplicationSubmitted);
    const missing = smtpTransport(undefined, FROM);
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt += 1) {
      await db.dataSource.query(`UPDATE notifications SET next_attempt_at = now() WHERE email = $1`, [email]);
      await sendDueMessages(db.dataSource, missing, policy);
    }
    expect((await messagesFor(email))[0]).toMatchObject({
      status: 'failed',
      attempts: policy.maxAttempts,
      lastError: SMTP_URL_MISSING,
      nextAttemptAt: null,
    });
  });

  it('the background loop sends a queued message within milliseconds of its commit, not at its next poll', async () => {
    const email = uniqueAddress();
    const loop = startLoop(db.dataSource, transport, { idleMs: 60_000 });
    try {
      await untilListening();
      const queuedAt = Date.now();
      await deliver(submitted(email), onApplicationSubmitted);
      const sentAt = await untilSent([email]);
      // the next poll is a minute away: anything well under it came from the notification (generous for a busy CI)
      expect(sentAt - queuedAt).toBeLessThan(10_000);
    } finally {
      await loop.stop();
    }
    expect(await mailTo(email)).toHaveLength(1);
  });

  it('sends several messages at once, never more than its concurrency', async () => {
    const counting = countingTransport(smtpTransport(requiredTestEnv('SMTP_URL'), FROM, 4), 150);
    const emails = Array.from({ length: 12 }, uniqueAddress);
    const loop = startLoop(db.dataSource, counting, { concurrency: 4 });
    try {
      await untilListening();
      await queueInOneTransaction(emails);
      await untilSent(emails);
    } finally {
      await loop.stop();
    }
    expect(counting.maxInFlight).toBe(4);
    expect(counting.sent.sort()).toEqual([...emails].sort());
  });

  it('two replicas with four senders each send every message exactly once', async () => {
    const second = createDataSource({ url: db.url, entities: notificationsService.entities, migrations: [], poolSize: 10 });
    await second.initialize();
    const first = countingTransport(smtpTransport(requiredTestEnv('SMTP_URL'), FROM, 4), 20);
    const other = countingTransport(smtpTransport(requiredTestEnv('SMTP_URL'), FROM, 4), 20);
    const emails = Array.from({ length: 40 }, uniqueAddress);
    const loops = [startLoop(db.dataSource, first, { concurrency: 4 }), startLoop(second, other, { concurrency: 4 })];
    try {
      await untilListening(2);
      await queueInOneTransaction(emails);
      await untilSent(emails);
    } finally {
      await Promise.all(loops.map((loop) => loop.stop()));
      await second.destroy();
    }
    expect([...first.sent, ...other.sent].sort()).toEqual([...emails].sort());
    expect(first.sent.length).toBeGreaterThan(0);
    expect(other.sent.length).toBeGreaterThan(0);
    const rows = (await db.dataSource.query('SELECT attempts FROM notifications WHERE email = ANY($1)', [emails])) as {
      attempts: number;
    }[];
    expect(rows.map((row) => row.attempts)).toEqual(emails.map(() => 1));
    for (const email of emails) expect(await mailTo(email)).toHaveLength(1);
  });
});

function startLoop(dataSource: DataSource, mail: MailTransport, options: { idleMs?: number; concurrency?: number }) {
  return startDeliveryLoop({ dataSource, transport: mail, policy, logger: createLogger('notifications', 'silent'), ...options });
}

/** Real SMTP, slowed by `delayMs` per message so that overlapping sends are seen, and counted. */
function countingTransport(inner: MailTransport, delayMs: number) {
  let inFlight = 0;
  const counting = {
    maxInFlight: 0,
    sent: [] as string[],
    async send(mail: Parameters<MailTransport['send']>[0]) {
      inFlight += 1;
      counting.maxInFlight = Math.max(counting.maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await inner.send(mail);
        counting.sent.push(mail.to);
      } finally {
        inFlight -= 1;
      }
    },
    close: () => inner.close(),
  };
  return counting;
}

/** The loops' LISTEN connections are up, so a NOTIFY from now on reaches them. */
async function untilListening(listeners = 1): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const [{ count }] = (await db.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN pdo_mail'`,
    )) as { count: number }[];
    if (count >= listeners) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the delivery loop never started listening');
}

/** Waits until every address's message is recorded as sent; returns when that was seen. */
async function untilSent(emails: string[]): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 10) {
    const [{ count }] = (await db.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE email = ANY($1) AND status = 'sent'`,
      [emails],
    )) as { count: number }[];
    if (count === emails.length) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('not every message was sent in time');
}

/** Many messages committed at once, as a batch handler would: one NOTIFY for all. */
function queueInOneTransaction(emails: string[]): Promise<void> {
  return db.dataSource.transaction(async (manager) => {
    for (const email of emails) await onApplicationSubmitted(submitted(email), manager);
  });
}
