import { randomUUID } from 'node:crypto';
import { eventCatalogue, findEventDefinition } from './event.catalogue';
import { enrollmentAccepted, enrollmentAcceptedV2, enrollmentCancelled, enrollmentDeclined } from './navigator.events';

const accepted = {
  enrollmentId: randomUUID(),
  childId: randomUUID(),
  certificateId: randomUUID(),
  certificateNumber: '4207000002',
  parentUserId: randomUUID(),
  programId: randomUUID(),
  programTitle: 'Робототехника для начинающих',
  programAddress: 'г. Киселевск, ул. Ленина, 30',
  providerId: randomUUID(),
  providerName: 'МБУ ДО «Дом детского творчества» г. Киселевска',
  providerInn: '4211004636',
  groupId: randomUUID(),
  daysOfWeek: [2, 4],
  startTime: '15:00',
  endTime: '16:30',
  startDate: '2026-09-01',
  endDate: '2027-05-31',
  monthlyPriceKopecks: 150_000,
  months: 9,
  certificateShareKopecks: 1_000_000,
  coPaymentKopecks: 350_000,
};

describe('navigator.EnrollmentAccepted', () => {
  it('keeps version 1 beside version 2, so events already sent still decode', () => {
    expect(findEventDefinition(eventCatalogue, 'navigator.EnrollmentAccepted', 1)).toBe(enrollmentAccepted);
    expect(findEventDefinition(eventCatalogue, 'navigator.EnrollmentAccepted', 2)).toBe(enrollmentAcceptedV2);
    const { enrollmentId, childId, certificateId } = accepted;
    expect(enrollmentAccepted.schema.safeParse({ enrollmentId, childId, certificateId }).success).toBe(true);
  });

  it('version 2 carries what the contract quotes', () => {
    expect(enrollmentAcceptedV2.schema.safeParse(accepted).success).toBe(true);
    expect(enrollmentAcceptedV2.schema.safeParse({ ...accepted, providerInn: null }).success).toBe(true);
    for (const field of ['certificateNumber', 'parentUserId', 'programTitle', 'providerName', 'startDate', 'coPaymentKopecks']) {
      const missing: Record<string, unknown> = { ...accepted };
      delete missing[field];
      expect(enrollmentAcceptedV2.schema.safeParse(missing).success).toBe(false);
    }
  });

  it('version 2 may name the program’s direction, and stays valid without it', () => {
    expect(enrollmentAcceptedV2.schema.parse({ ...accepted, direction: 'technical' }).direction).toBe('technical');
    expect(enrollmentAcceptedV2.schema.parse(accepted).direction).toBeUndefined();
  });

  it('version 2 refuses a malformed schedule, tax id or amount', () => {
    for (const patch of [
      { daysOfWeek: [] },
      { daysOfWeek: [0] },
      { startTime: '9:00' },
      { endDate: '31.05.2027' },
      { providerInn: '42110046' },
      { monthlyPriceKopecks: 1500.5 },
      { certificateNumber: '5407000002' },
      { direction: 'music' },
    ]) {
      expect(enrollmentAcceptedV2.schema.safeParse({ ...accepted, ...patch }).success).toBe(false);
    }
  });
});

describe('navigator.EnrollmentDeclined and EnrollmentCancelled', () => {
  const outcome = { enrollmentId: randomUUID(), childId: randomUUID(), certificateId: randomUUID() };

  it('stay valid without what the letters quote, as events sent before it was added', () => {
    expect(enrollmentDeclined.schema.safeParse({ ...outcome, reason: 'Нет мест' }).success).toBe(true);
    expect(enrollmentCancelled.schema.safeParse({ ...outcome, endsOn: '2026-11-01' }).success).toBe(true);
  });

  it('carry the cause, the program and the provider’s address (or null) for the letters', () => {
    const letter = {
      ...outcome,
      cause: 'certificate_terminated',
      parentUserId: randomUUID(),
      certificateNumber: '4207000002',
      programTitle: 'Шахматы',
      providerId: randomUUID(),
      providerName: 'ИП Соколова',
      wasAccepted: true,
    };
    expect(enrollmentCancelled.schema.safeParse({ ...letter, providerEmail: 'ddt@example.ru' }).success).toBe(true);
    expect(enrollmentCancelled.schema.safeParse({ ...letter, providerEmail: null }).success).toBe(true);
    expect(enrollmentCancelled.schema.safeParse({ ...letter, cause: 'moved' }).success).toBe(false);
    expect(enrollmentCancelled.schema.safeParse({ ...letter, providerEmail: 'nobody' }).success).toBe(false);
  });
});
