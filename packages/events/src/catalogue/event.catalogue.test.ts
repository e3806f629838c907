import { randomUUID } from 'node:crypto';
import { coPaymentCharged, INVOICE_EVENT_MAX_LINES, invoiceIssued } from './billing.events';
import { certificateIssued, certificateStatusChanged } from './certificates.events';
import { documentAdded, passwordResetRequested } from './identity.events';
import { enrollmentRequested } from './navigator.events';
import { eventCatalogue } from './event.catalogue';
import { allTopics, serviceNames } from './topics';

describe('eventCatalogue', () => {
  it('holds each type and version once', () => {
    const keys = eventCatalogue.map((definition) => `${definition.type}@${definition.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("puts each event on its producing service's topic", () => {
    for (const definition of eventCatalogue) {
      const service = definition.type.split('.')[0];
      expect(serviceNames).toContain(service);
      expect(definition.topic).toBe(`${service}.events`);
    }
  });

  it('lists the events and dead-letter topics of the five services', () => {
    expect(allTopics().sort()).toEqual(
      [
        'billing.dlq',
        'billing.events',
        'certificates.dlq',
        'certificates.events',
        'identity.dlq',
        'identity.events',
        'navigator.dlq',
        'navigator.events',
        'notifications.dlq',
        'notifications.events',
      ].sort(),
    );
  });
});

describe('event schemas', () => {
  const issued = {
    certificateId: randomUUID(),
    number: '4207000002',
    childId: randomUUID(),
    municipalityCode: '07',
    groupId: randomUUID(),
  };

  it('accept a certificate number of region 42 and reject other shapes', () => {
    expect(certificateIssued.schema.safeParse(issued).success).toBe(true);
    for (const number of ['420700000', '5407000002', '42070000021', '42-07-000002']) {
      expect(certificateIssued.schema.safeParse({ ...issued, number }).success).toBe(false);
    }
  });

  it('accept only the four certificate statuses', () => {
    const changed = { certificateId: issued.certificateId, number: issued.number, childId: issued.childId };
    for (const status of ['inactive', 'active', 'suspended', 'terminated']) {
      expect(certificateStatusChanged.schema.safeParse({ ...changed, status }).success).toBe(true);
    }
    expect(certificateStatusChanged.schema.safeParse({ ...changed, status: 'blocked' }).success).toBe(false);
  });

  it('take money only as whole non-negative kopecks', () => {
    const requested = {
      enrollmentId: randomUUID(),
      childId: randomUUID(),
      certificateId: randomUUID(),
      programId: randomUUID(),
      groupId: randomUUID(),
      providerId: randomUUID(),
      municipalityCode: '07',
      monthlyPriceKopecks: 150_000,
      months: 9,
    };
    expect(enrollmentRequested.schema.safeParse(requested).success).toBe(true);
    for (const monthlyPriceKopecks of [1500.5, -1, '150000', Number.NaN]) {
      expect(enrollmentRequested.schema.safeParse({ ...requested, monthlyPriceKopecks }).success).toBe(false);
    }
  });
});

describe('identity event schemas', () => {
  it('carry a document as ids and kind only', () => {
    const document = { documentId: randomUUID(), childId: randomUUID(), kind: 'birth_certificate' };
    expect(documentAdded.schema.safeParse(document).success).toBe(true);
    expect(documentAdded.schema.safeParse({ ...document, kind: 'snils' }).success).toBe(false);
  });

  it('carry a password-reset link with its expiry', () => {
    const requested = {
      userId: randomUUID(),
      email: 'parent@example.ru',
      resetUrl: 'http://localhost:5173/password-reset?token=abc',
      expiresAt: '2026-11-21T21:00:00.000Z',
    };
    expect(passwordResetRequested.schema.safeParse(requested).success).toBe(true);
    expect(passwordResetRequested.schema.safeParse({ ...requested, email: 'не почта' }).success).toBe(false);
    expect(passwordResetRequested.schema.safeParse({ ...requested, resetUrl: '/password-reset' }).success).toBe(false);
  });
});

describe('billing month events', () => {
  const notice = {
    enrollmentId: randomUUID(),
    parentUserId: randomUUID(),
    childId: randomUUID(),
    providerId: randomUUID(),
    month: '2026-10',
    priceKopecks: 150_000,
    certificateShareKopecks: 110_900,
    coPaymentKopecks: 39_100,
  };

  it('take a month only as YYYY-MM', () => {
    expect(coPaymentCharged.schema.safeParse(notice).success).toBe(true);
    for (const month of ['2026-13', '2026-1', '10.2026', '2026-10-01']) {
      expect(coPaymentCharged.schema.safeParse({ ...notice, month }).success).toBe(false);
    }
  });

  it('carry at most the printable number of invoice lines', () => {
    const line = { enrollmentId: randomUUID(), priceKopecks: 1, certificateShareKopecks: 1, coPaymentKopecks: 0 };
    const invoice = {
      invoiceId: randomUUID(),
      number: '07-2026-10-000001',
      providerId: randomUUID(),
      municipalityCode: '07',
      month: '2026-10',
      issuedOn: '2026-11-01',
      lineCount: 1,
      totalPriceKopecks: 1,
      certificateTotalKopecks: 1,
      coPaymentTotalKopecks: 0,
      advanceKopecks: 0,
      dueKopecks: 1,
    };
    expect(invoiceIssued.schema.safeParse({ ...invoice, lines: [line] }).success).toBe(true);
    expect(invoiceIssued.schema.safeParse(invoice).success).toBe(true);
    const tooMany = Array.from({ length: INVOICE_EVENT_MAX_LINES + 1 }, () => line);
    expect(invoiceIssued.schema.safeParse({ ...invoice, lines: tooMany }).success).toBe(false);
  });
});
