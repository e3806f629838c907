import { randomUUID } from 'node:crypto';
import {
  certificateApplicationSubmitted,
  coPaymentCharged,
  enrollmentAccepted,
  enrollmentAcceptedV2,
  invoiceIssued,
  passwordResetRequested,
  type EventData,
} from '@pdo/events';
import { buildSubgraph, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, requiredTestEnv, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { smtpTransport, type MailTransport } from '../src/delivery/smtp.transport';
import type { RetryPolicy } from '../src/domain/delivery-retry';
import { onCoPaymentCharged, onInvoiceIssued } from '../src/events/billing.handler';
import { onApplicationSubmitted } from '../src/events/certificates.handler';
import { onPasswordResetRequested } from '../src/events/identity.handler';
import { onEnrollmentAccepted } from '../src/events/navigator.handler';
import { pdfsRendered } from '../src/notifications.metrics';
import { notificationsService } from '../src/notifications.service';
import { attachment, deliver, envelope, mailTo, sendDueMessages, uniqueAddress } from './event-delivery';
import { startFilesServer } from './files.fixture';
import { pdfText } from '@pdo/pdf/testing';

const FROM = '"Сертификат ПДО Кузбасса" <no-reply@pdo.kuzbass.local>';
const policy: RetryPolicy = { maxAttempts: 3, initialDelayMs: 1000, maxDelayMs: 2000 };

let db: TestDatabase;
let schema: GraphQLSchema;
let transport: MailTransport;

beforeAll(async () => {
  db = await createTestDatabase(notificationsService);
  schema = await buildSubgraph(notificationsService.subgraph);
  transport = smtpTransport(requiredTestEnv('SMTP_URL'), FROM);
});

afterAll(async () => {
  transport.close();
  await db.drop();
});

const sendAll = async () => {
  while ((await sendDueMessages(db.dataSource, transport, policy)) > 0);
};

/** The parent's address is the one given in the child's certificate application. */
async function applicant(childId: string, email: string) {
  const applicationId = randomUUID();
  await deliver(
    db.dataSource,
    envelope(certificateApplicationSubmitted, applicationId, {
      applicationId,
      childId,
      email,
      confirmationUrl: 'http://localhost:8080/confirm-email?token=t',
    }),
    onApplicationSubmitted,
  );
}

function accepted(overrides: Partial<EventData<typeof enrollmentAcceptedV2>> = {}) {
  const enrollmentId = randomUUID();
  return envelope(enrollmentAcceptedV2, enrollmentId, {
    enrollmentId,
    childId: randomUUID(),
    certificateId: randomUUID(),
    certificateNumber: '4207000002',
    parentUserId: randomUUID(),
    programId: randomUUID(),
    programTitle: 'Робототехника для начинающих',
    programAddress: 'г. Киселевск, ул. Гагарина, д. 5',
    providerId: randomUUID(),
    providerName: 'МБУ ДО «Дом детского творчества»',
    providerInn: '4211002340',
    groupId: randomUUID(),
    daysOfWeek: [2, 4],
    startTime: '16:00',
    endTime: '17:30',
    startDate: '2026-09-01',
    endDate: '2027-05-31',
    monthlyPriceKopecks: 150_000,
    months: 9,
    certificateShareKopecks: 1_160_900,
    coPaymentKopecks: 189_100,
    ...overrides,
  });
}

type Link = { url: string; fileName: string };

async function linkAs(viewer: Partial<Viewer>, query: string, variables: Record<string, unknown>) {
  return executeAs<Record<string, Link>>(schema, db.dataSource, viewer, query, variables);
}

/** Fetches a link through the service's own /files route, as the gateway would. */
async function fetchLink(url: string): Promise<Buffer> {
  const files = await startFilesServer(db.dataSource);
  try {
    const response = await fetch(new URL(url, files.origin));
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  } finally {
    await files.stop();
  }
}

const CONTRACT = 'query ($id: ID!) { enrollmentContract(enrollmentId: $id) { url fileName } }';
const INVOICE = 'query ($id: ID!) { invoiceDocument(invoiceId: $id) { url fileName } }';

describe('the contract on acceptance', () => {
  it('e-mails the parent the contract PDF with the certificate, program, provider, dates and money, once', async () => {
    const email = uniqueAddress();
    const event = accepted();
    await applicant(event.data.childId, email);
    await deliver(db.dataSource, event, onEnrollmentAccepted);
    await deliver(db.dataSource, event, onEnrollmentAccepted);
    await db.dataSource.transaction((manager) => onEnrollmentAccepted(event, manager));
    const contractsRendered = async () =>
      (await pdfsRendered.get()).values.find((v) => v.labels.document === 'contract')?.value ?? 0;
    const renderedBefore = await contractsRendered();
    await sendAll();
    expect(await contractsRendered()).toBe(renderedBefore + 1);

    const contractNumber = event.data.enrollmentId.slice(0, 8).toUpperCase();
    const mails = (await mailTo(email)).filter((m) => m.subject.startsWith('Заявка принята'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toBe(
      `Заявка принята: договор № ${contractNumber} на обучение по программе «Робототехника для начинающих»`,
    );
    expect(mail.text).toContain('по сертификату дополнительного образования № 4207000002');
    expect(mail.text).toContain('ваша доплата за весь срок: 1 891,00 руб.\n');
    expect(mail.attachments).toEqual([
      expect.objectContaining({ filename: `Договор № ${contractNumber}.pdf`, contentType: 'application/pdf' }),
    ]);

    const text = await pdfText(await attachment(mail));
    expect(text).toContain(`ДОГОВОР-ОФЕРТА № ${contractNumber}`);
    expect(text).toContain('владельца сертификата дополнительного образования № 4207000002');
    expect(text).toContain('«Робототехника для начинающих»');
    expect(text).toContain('МБУ ДО «Дом детского творчества» (ИНН 4211002340)');
    expect(text).toContain('с 01.09.2026 по 31.05.2027 (9 мес.)');
    expect(text).toContain('вт, чт, 16:00–17:30');
    expect(text).toContain('Стоимость одного месяца обучения 1 500,00 руб.');
    expect(text).toContain('Полная стоимость обучения 13 500,00 руб.');
    expect(text).toContain('Доплата Заказчика 1 891,00 руб.');

    const [row] = await db.dataSource.query('SELECT owner_user_ids, status FROM notifications WHERE source_event_id = $1', [
      event.id,
    ]);
    expect(row).toEqual({ owner_user_ids: [event.data.parentUserId], status: 'sent' });
  });

  it('keeps the contract for the parent, the provider and the municipality’s operators, and nobody else', async () => {
    const event = accepted();
    await deliver(db.dataSource, event, onEnrollmentAccepted);
    const id = event.data.enrollmentId;
    const parent = await linkAs({ userId: event.data.parentUserId, roles: ['parent'] }, CONTRACT, { id });
    expect(parent.errors).toBeUndefined();
    expect(await pdfText(await fetchLink(parent.data!.enrollmentContract.url))).toContain('4207000002');
    for (const viewer of [
      { userId: randomUUID(), roles: ['provider_staff'], providerId: event.data.providerId },
      { userId: randomUUID(), roles: ['operator'], municipalityCode: '07' },
    ] as Partial<Viewer>[]) {
      expect((await linkAs(viewer, CONTRACT, { id })).errors).toBeUndefined();
    }
    for (const viewer of [
      { userId: randomUUID(), roles: ['parent'] },
      { userId: randomUUID(), roles: ['operator'], municipalityCode: '01' },
      { userId: randomUUID(), roles: ['provider_staff'], providerId: randomUUID() },
    ] as Partial<Viewer>[]) {
      expect((await linkAs(viewer, CONTRACT, { id })).errors?.map((e) => e.code)).toEqual(['FORBIDDEN']);
    }
    expect(
      (await linkAs({ userId: randomUUID(), roles: ['parent'] }, CONTRACT, { id: randomUUID() })).errors?.map((e) => e.code),
    ).toEqual(['NOT_FOUND']);
    expect((await linkAs({ userId: randomUUID(), roles: ['parent'] }, CONTRACT, { id: 'x' })).errors?.map((e) => e.code)).toEqual(
      ['BAD_USER_INPUT'],
    );
  });

  it('forms no contract from a version 1 acceptance, which lacks what a contract quotes', async () => {
    const enrollmentId = randomUUID();
    const event = envelope(enrollmentAccepted, enrollmentId, {
      enrollmentId,
      childId: randomUUID(),
      certificateId: randomUUID(),
    });
    await deliver(db.dataSource, event, onEnrollmentAccepted);
    expect(await db.dataSource.query('SELECT 1 FROM documents WHERE subject_key = $1', [enrollmentId])).toHaveLength(0);
  });
});

describe('billing’s notices', () => {
  it('e-mails the parent the month’s co-payment in the leaflet’s words, once; a month fully covered sends nothing', async () => {
    const email = uniqueAddress();
    const childId = randomUUID();
    await applicant(childId, email);
    const notice = (coPaymentKopecks: number, month: string) =>
      envelope(coPaymentCharged, randomUUID(), {
        enrollmentId: randomUUID(),
        parentUserId: randomUUID(),
        childId,
        providerId: randomUUID(),
        month,
        priceKopecks: 150_000 + coPaymentKopecks,
        certificateShareKopecks: 150_000,
        coPaymentKopecks,
        programTitle: 'Робототехника для начинающих',
      });
    const due = notice(120_000, '2026-09');
    await deliver(db.dataSource, due, onCoPaymentCharged);
    await deliver(db.dataSource, due, onCoPaymentCharged);
    await deliver(db.dataSource, notice(0, '2026-10'), onCoPaymentCharged);
    await sendAll();

    const mails = (await mailTo(email)).filter((m) => m.subject.startsWith('Доплата'));
    expect(mails.map((m) => m.subject)).toEqual(['Доплата за сентябрь 2026: 1 200,00 руб.']);
    expect(mails[0].text).toContain(
      'За сентябрь 2026 обучение по программе «Робототехника для начинающих» стоило 2 700,00 руб.; с сертификата оплачено 1 500,00 руб., доплата составляет 1 200,00 руб.\n',
    );
    expect(mails[0].text).toContain('только в объеме разницы стоимости обучения');
  });

  it('stores the invoice PDF for the provider and the municipality’s finance officer, with the provider’s name', async () => {
    const contract = accepted();
    await deliver(db.dataSource, contract, onEnrollmentAccepted);
    const invoiceId = randomUUID();
    const event = envelope(invoiceIssued, invoiceId, {
      invoiceId,
      number: '07-2026-09-0001',
      providerId: contract.data.providerId,
      municipalityCode: '07',
      month: '2026-09',
      issuedOn: '2026-10-01',
      lineCount: 1,
      totalPriceKopecks: 150_000,
      certificateTotalKopecks: 128_989,
      coPaymentTotalKopecks: 21_011,
      advanceKopecks: 50_000,
      dueKopecks: 78_989,
      lines: [
        {
          enrollmentId: contract.data.enrollmentId,
          certificateNumber: '4207000002',
          priceKopecks: 150_000,
          certificateShareKopecks: 128_989,
          coPaymentKopecks: 21_011,
        },
      ],
    });
    await deliver(db.dataSource, event, onInvoiceIssued);

    const provider = await linkAs(
      { userId: randomUUID(), roles: ['provider_staff'], providerId: contract.data.providerId },
      INVOICE,
      {
        id: invoiceId,
      },
    );
    expect(provider.errors).toBeUndefined();
    expect(provider.data!.invoiceDocument.fileName).toBe('Счёт № 07-2026-09-0001.pdf');
    const text = await pdfText(await fetchLink(provider.data!.invoiceDocument.url));
    expect(text).toContain('СЧЁТ № 07-2026-09-0001 от 01.10.2026');
    expect(text).toContain('оказанные в сентябрь 2026');
    expect(text).toContain('МБУ ДО «Дом детского творчества» (ИНН 4211002340)');
    expect(text).toContain('г. Киселевск');
    expect(text).toContain('К оплате муниципалитетом 789,89 руб.');
    expect(text).toContain('4207000002');

    expect(
      (await linkAs({ userId: randomUUID(), roles: ['finance_officer'], municipalityCode: '07' }, INVOICE, { id: invoiceId }))
        .errors,
    ).toBeUndefined();
    for (const viewer of [
      { userId: randomUUID(), roles: ['finance_officer'], municipalityCode: '01' },
      { userId: randomUUID(), roles: ['provider_staff'], providerId: randomUUID() },
      { userId: contract.data.parentUserId, roles: ['parent'] },
    ] as Partial<Viewer>[]) {
      expect((await linkAs(viewer, INVOICE, { id: invoiceId })).errors?.map((e) => e.code)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('password recovery', () => {
  it('e-mails the one-time link in Russian with its expiry in Kuzbass time, once', async () => {
    const email = uniqueAddress();
    const userId = randomUUID();
    const event = envelope(passwordResetRequested, userId, {
      userId,
      email,
      resetUrl: `http://localhost:8080/reset-password?token=${randomUUID()}`,
      expiresAt: '2026-09-01T04:30:00.000Z',
    });
    await deliver(db.dataSource, event, onPasswordResetRequested);
    await db.dataSource.transaction((manager) => onPasswordResetRequested(event, manager));
    await sendAll();
    const mails = await mailTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Восстановление пароля к личному кабинету');
    expect(mails[0].text).toContain(`Чтобы задать новый пароль, перейдите по ссылке:\n${event.data.resetUrl}`);
    expect(mails[0].text).toContain('Ссылка действует один раз, до 01.09.2026 11:30 (время кемеровское).');
    expect(mails[0].html).toContain(`<a href="${event.data.resetUrl}">`);
  });
});
