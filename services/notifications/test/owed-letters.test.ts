import { randomUUID } from 'node:crypto';
import {
  certificateApplicationSubmitted,
  certificateMoveRefused,
  certificateStatusChanged,
  childRegistered,
  enrollmentCancelled,
  enrollmentDeclined,
  enrollmentRequested,
  type EventData,
} from '@pdo/events';
import { createTestDatabase, requiredTestEnv, type TestDatabase } from '@pdo/service-kit/testing';
import type { EntityManager } from 'typeorm';
import { smtpTransport, type MailTransport } from '../src/delivery/smtp.transport';
import type { RetryPolicy } from '../src/domain/delivery-retry';
import { onApplicationSubmitted, onCertificateMoveRefused, onCertificateStatusChanged } from '../src/events/certificates.handler';
import { onChildRecorded } from '../src/events/identity.handler';
import { onEnrollmentCancelled, onEnrollmentDeclined, onEnrollmentRequested } from '../src/events/navigator.handler';
import { notificationsService } from '../src/notifications.service';
import { deliver, envelope, mailTo, sendDueMessages, uniqueAddress } from './event-delivery';

const FROM = '"Сертификат ПДО Кузбасса" <no-reply@pdo.kuzbass.local>';
const policy: RetryPolicy = { maxAttempts: 3, initialDelayMs: 1000, maxDelayMs: 2000 };

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

const sendAll = async () => {
  while ((await sendDueMessages(db.dataSource, transport, policy)) > 0);
};

/** A child named Артём with two parents, known from identity, whose certificate application gave `email`. */
async function family() {
  const childId = randomUUID();
  const parentUserIds = [randomUUID(), randomUUID()];
  const email = uniqueAddress();
  await deliver(
    db.dataSource,
    envelope(childRegistered, childId, {
      childId,
      parentIds: parentUserIds,
      birthDate: '2016-03-01',
      municipalityCode: '07',
      attendsSchool: true,
      firstName: 'Артём',
    }),
    onChildRecorded,
  );
  const applicationId = randomUUID();
  const submitted = envelope(certificateApplicationSubmitted, applicationId, {
    applicationId,
    childId,
    email,
    confirmationUrl: 'http://localhost:8080/confirm-email?token=t',
    applicantUserId: parentUserIds[0],
    expiresAt: '2026-12-07T16:59:00.000Z',
  });
  await deliver(db.dataSource, submitted, onApplicationSubmitted);
  return { childId, parentUserIds, email, applicantUserId: parentUserIds[0]!, certificateId: randomUUID() };
}

type Family = Awaited<ReturnType<typeof family>>;

const statusChanged = (f: Family, status: 'active' | 'suspended' | 'terminated', extra: object = {}) =>
  envelope(certificateStatusChanged, f.certificateId, {
    certificateId: f.certificateId,
    number: '4207000002',
    childId: f.childId,
    status,
    applicantUserId: f.applicantUserId,
    parentUserIds: f.parentUserIds,
    ...extra,
  });

/** Delivered twice through the inbox, then once more past it (the (event, kind) index must hold alone). */
async function deliverReplayed<E extends { id: string; type: string }>(
  event: E,
  handler: (event: E, manager: EntityManager) => Promise<void>,
) {
  await deliver(db.dataSource, event, handler);
  await deliver(db.dataSource, event, handler);
  await db.dataSource.transaction((manager) => handler(event, manager));
}

const subjectsTo = async (email: string) => (await mailTo(email)).map((m) => m.subject).sort();

const owners = async (eventId: string): Promise<{ kind: string; owner_user_ids: string[]; email: string }[]> =>
  db.dataSource.query('SELECT kind, owner_user_ids, email FROM notifications WHERE source_event_id = $1', [eventId]);

describe('the confirmation letter', () => {
  it('names the child and says until when the link works', async () => {
    const f = await family();
    await sendAll();
    const [letter] = await mailTo(f.email);
    expect(letter?.subject).toBe('Заявка на сертификат ПДО. Подтверждение электронной почты');
    expect(letter?.text).toContain('(ребёнок: Артём)');
    expect(letter?.text).toContain('Ссылка действует один раз, до 07.12.2026 23:59 (время кемеровское).');
  });
});

describe('certificate status letters', () => {
  it('suspension, then resumption with its own letter (never a second «активирован»), each once on replay', async () => {
    const f = await family();
    await deliver(db.dataSource, statusChanged(f, 'active', { previousStatus: 'inactive' }), onCertificateStatusChanged);
    const suspended = statusChanged(f, 'suspended', { previousStatus: 'active', reason: 'Проверка документов' });
    await deliverReplayed(suspended, onCertificateStatusChanged);
    const resumed = statusChanged(f, 'active', { previousStatus: 'suspended' });
    await deliverReplayed(resumed, onCertificateStatusChanged);
    await sendAll();

    expect(await subjectsTo(f.email)).toEqual([
      'Действие сертификата дополнительного образования № 4207000002 возобновлено',
      'Действие сертификата дополнительного образования № 4207000002 приостановлено',
      'Заявка на сертификат ПДО. Подтверждение электронной почты',
      'Сертификат дополнительного образования № 4207000002 активирован',
    ]);
    const mails = await mailTo(f.email);
    const suspension = mails.find((m) => m.subject.endsWith('приостановлено'));
    expect(suspension?.text).toContain('№ 4207000002 (ребёнок: Артём) приостановлено.');
    expect(suspension?.text).toContain('Причина: Проверка документов.');
    expect(suspension?.text).toContain('месяц, который целиком приходится на приостановку, с сертификата не оплачивается');
    const resumption = mails.find((m) => m.subject.endsWith('возобновлено'));
    expect(resumption?.text).not.toMatch(/активирован/);
    expect(await owners(resumed.id)).toEqual([{ kind: 'certificate_resumed', owner_user_ids: f.parentUserIds, email: f.email }]);
  });

  it('an activation event from before the previous status was carried still reads as activation', async () => {
    const f = await family();
    await deliver(db.dataSource, statusChanged(f, 'active'), onCertificateStatusChanged);
    await sendAll();
    expect(await subjectsTo(f.email)).toContain('Сертификат дополнительного образования № 4207000002 активирован');
  });

  it('termination tells the last paid day, the month’s end in Kuzbass time, once', async () => {
    const f = await family();
    // 30 November 20:00 UTC is already 1 December in Kuzbass: the enrolments run to 31 December
    const terminated = {
      ...statusChanged(f, 'terminated', { previousStatus: 'active', reason: 'Отзыв согласия' }),
      occurredAt: '2026-11-30T20:00:00.000Z',
    };
    await deliverReplayed(terminated, onCertificateStatusChanged);
    await sendAll();
    const letters = (await mailTo(f.email)).filter((m) => m.subject.endsWith('прекращено'));
    expect(letters).toHaveLength(1);
    expect(letters[0]?.subject).toBe('Действие сертификата дополнительного образования № 4207000002 прекращено');
    expect(letters[0]?.text).toContain('(ребёнок: Артём) прекращено.');
    expect(letters[0]?.text).toContain('оплачиваются сертификатом по 31.12.2026 включительно');
    expect(letters[0]?.text).toContain('оставшиеся зарезервированные средства сертификата освобождены');
  });

  it('a refused move names both municipalities and the reason, once', async () => {
    const f = await family();
    const refused = envelope(certificateMoveRefused, f.certificateId, {
      moveRequestId: randomUUID(),
      certificateId: f.certificateId,
      number: '4207000002',
      childId: f.childId,
      fromMunicipalityCode: '07',
      toMunicipalityCode: '01',
      reason: 'Не подтверждена регистрация по месту жительства',
      applicantUserId: f.applicantUserId,
      parentUserIds: f.parentUserIds,
    });
    await deliverReplayed(refused, onCertificateMoveRefused);
    await sendAll();
    const letters = (await mailTo(f.email)).filter((m) => m.subject.startsWith('Перевод сертификата'));
    expect(letters).toHaveLength(1);
    expect(letters[0]?.text).toContain('Причина: Не подтверждена регистрация по месту жительства.');
    expect(letters[0]?.text).toContain('Сертификат остаётся в муниципалитете «г. Киселевск»');
  });
});

describe('enrolment letters', () => {
  const PROVIDER = randomUUID();

  const requested = (f: Family, extra: Partial<EventData<typeof enrollmentRequested>> = {}) => {
    const enrollmentId = randomUUID();
    return envelope(enrollmentRequested, enrollmentId, {
      enrollmentId,
      childId: f.childId,
      certificateId: f.certificateId,
      programId: randomUUID(),
      groupId: randomUUID(),
      providerId: PROVIDER,
      municipalityCode: '07',
      monthlyPriceKopecks: 150_000,
      months: 9,
      payableByCertificate: true,
      parentUserId: f.applicantUserId,
      programTitle: 'Робототехника',
      providerName: 'МБУ ДО «ДДТ»',
      ...extra,
    });
  };

  const ending = (f: Family, extra: Partial<EventData<typeof enrollmentCancelled>> = {}) => ({
    enrollmentId: randomUUID(),
    childId: f.childId,
    certificateId: f.certificateId,
    parentUserId: f.applicantUserId,
    certificateNumber: '4207000002',
    programTitle: 'Робототехника',
    providerId: PROVIDER,
    providerName: 'МБУ ДО «ДДТ»',
    providerEmail: null,
    wasAccepted: false,
    ...extra,
  });

  it('a received request is told to the parent once, and shown to both parents', async () => {
    const f = await family();
    const event = requested(f);
    await deliverReplayed(event, onEnrollmentRequested);
    await sendAll();
    const letters = (await mailTo(f.email)).filter((m) => m.subject.endsWith('получена'));
    expect(letters).toHaveLength(1);
    expect(letters[0]?.subject).toBe('Заявка на обучение по программе «Робототехника» получена');
    expect(letters[0]?.text).toContain('(ребёнок: Артём) по программе «Робототехника» (организация: МБУ ДО «ДДТ») получена.');
    expect((await owners(event.id))[0]?.owner_user_ids.sort()).toEqual([...f.parentUserIds].sort());
  });

  it('a request staff entered tells the parent on what consent, and the offer’s terms; the parent’s own does not', async () => {
    const f = await family();
    await deliver(
      db.dataSource,
      requested(f, { consentMethod: 'written', consentGivenAt: '2026-12-02T20:00:00.000Z', programTitle: 'Шахматы' }),
      onEnrollmentRequested,
    );
    await deliver(db.dataSource, requested(f, { consentMethod: 'offer_accepted', programTitle: 'Вокал' }), onEnrollmentRequested);
    await sendAll();
    const letterOf = async (title: string) =>
      (await mailTo(f.email)).find((m) => m.subject === `Заявка на обучение по программе «${title}» получена`)?.text;
    expect(await letterOf('Шахматы')).toContain(
      'Заявку внёс сотрудник МОЦ или организации по вашему письменному заявлению от 03.12.2026. Заявка подана на условиях договора-оферты организации: обучение 9 мес., стоимость 1 500,00',
    );
    const own = await letterOf('Вокал');
    expect(own).toContain('получена');
    expect(own).not.toContain('сотрудник');
  });

  it('a request event from before it named the program sends nothing', async () => {
    const f = await family();
    const event = requested(f, { programTitle: undefined, parentUserId: undefined });
    await deliver(db.dataSource, event, onEnrollmentRequested);
    expect(await owners(event.id)).toEqual([]);
  });

  it('a declined request gives the reason; an expired one says nobody answered; a withdrawn one sends nothing', async () => {
    const f = await family();
    const declined = envelope(enrollmentDeclined, randomUUID(), {
      ...ending(f),
      cause: 'declined',
      reason: 'Группа переведена на другое время',
    });
    await deliverReplayed(declined, onEnrollmentDeclined);
    const expired = envelope(enrollmentCancelled, randomUUID(), {
      ...ending(f),
      cause: 'expired',
      reason: 'Организация не ответила на заявку в срок',
    });
    await deliverReplayed(expired, onEnrollmentCancelled);
    const withdrawn = envelope(enrollmentCancelled, randomUUID(), {
      ...ending(f),
      cause: 'withdrawn',
      reason: 'Родитель отозвал заявку',
      wasAccepted: true,
      endsOn: '2026-12-01',
    });
    await deliverReplayed(withdrawn, onEnrollmentCancelled);
    await sendAll();

    expect((await subjectsTo(f.email)).filter((s) => s.startsWith('Заявка на обучение'))).toEqual([
      'Заявка на обучение по программе «Робототехника» отклонена',
      'Заявка на обучение по программе «Робототехника» отменена: организация не ответила в срок',
    ]);
    const rejection = (await mailTo(f.email)).find((m) => m.subject.endsWith('отклонена'));
    expect(rejection?.text).toContain('Причина: Группа переведена на другое время.');
    expect(await owners(withdrawn.id)).toEqual([]);
  });

  it('termination tells the provider of each running enrolment at its address, once; not a request, not without an address', async () => {
    const f = await family();
    const providerEmail = `ddt-${randomUUID()}@example.test`;
    const running = envelope(enrollmentCancelled, randomUUID(), {
      ...ending(f, { providerEmail, wasAccepted: true, endsOn: '2026-12-01' }),
      cause: 'certificate_terminated',
      reason: 'Действие сертификата прекращено',
    });
    await deliverReplayed(running, onEnrollmentCancelled);
    const request = envelope(enrollmentCancelled, randomUUID(), {
      ...ending(f, { providerEmail, programTitle: 'Шахматы', endsOn: '2026-12-01' }),
      cause: 'certificate_terminated',
    });
    await deliver(db.dataSource, request, onEnrollmentCancelled);
    const noAddress = envelope(enrollmentCancelled, randomUUID(), {
      ...ending(f, { wasAccepted: true, endsOn: '2026-12-01' }),
      cause: 'certificate_terminated',
    });
    await deliver(db.dataSource, noAddress, onEnrollmentCancelled);
    await sendAll();

    const letters = await mailTo(providerEmail);
    expect(letters.map((m) => m.subject)).toEqual([
      'Обучение по сертификату № 4207000002 по программе «Робототехника» прекращается с 01.12.2026',
    ]);
    expect(letters[0]?.text).toContain('Действие сертификата дополнительного образования № 4207000002 прекращено.');
    expect(await owners(running.id)).toEqual([{ kind: 'enrollment_ended', owner_user_ids: [], email: providerEmail }]);
    expect(await owners(noAddress.id)).toEqual([]);
    // the parent hears of it from the termination letter, not once per enrolment
    expect((await mailTo(f.email)).filter((m) => m.subject.includes('Робототехника'))).toEqual([]);
  });
});
