import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineEvent } from './catalogue/define-event';
import { eventCatalogue } from './catalogue/event.catalogue';
import { enrollmentFundsReserved } from './catalogue/billing.events';
import { decodeEnvelope, validateEventData } from './envelope.codec';

const enrollmentId = randomUUID();
const envelope = {
  id: randomUUID(),
  type: 'billing.EnrollmentFundsReserved',
  version: 1,
  occurredAt: '2025-11-21T10:00:00.000Z',
  aggregateId: enrollmentId,
  data: { enrollmentId, certificateShareKopecks: 1_160_900, coPaymentKopecks: 0 },
};
const encode = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('decodeEnvelope', () => {
  it('reads a well-formed envelope', () => {
    expect(decodeEnvelope(encode(envelope))).toEqual({ ok: true, event: envelope });
  });

  it.each([
    ['an empty message', null],
    ['text that is not JSON', Buffer.from('{"id":')],
    ['a missing id', encode({ ...envelope, id: undefined })],
    ['an id that is not a uuid', encode({ ...envelope, id: '42' })],
    ['a version that is not a positive integer', encode({ ...envelope, version: 1.5 })],
    ['a time that is not ISO 8601', encode({ ...envelope, occurredAt: '21.11.2025 10:00' })],
    ['an empty aggregate id', encode({ ...envelope, aggregateId: '' })],
    ['data that is not an object', encode({ ...envelope, data: [1, 2] })],
  ])('reports %s without throwing', (_case, value) => {
    expect(decodeEnvelope(value)).toMatchObject({ ok: false, error: expect.any(String) });
  });
});

describe('validateEventData', () => {
  it('accepts data that matches the catalogue', () => {
    expect(validateEventData(eventCatalogue, envelope)).toEqual({ ok: true, event: envelope });
  });

  it.each([
    ['kopecks with a fraction', { certificateShareKopecks: 100.5 }],
    ['negative kopecks', { coPaymentKopecks: -1 }],
    ['kopecks as a string', { coPaymentKopecks: '0' }],
    ['a missing field', { enrollmentId: undefined }],
  ])('rejects %s', (_case, change) => {
    const result = validateEventData(eventCatalogue, { ...envelope, data: { ...envelope.data, ...change } });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('bad billing.EnrollmentFundsReserved data') });
  });

  it('rejects a type or version the catalogue does not know', () => {
    expect(validateEventData(eventCatalogue, { ...envelope, version: 2 })).toEqual({
      ok: false,
      error: 'unknown event billing.EnrollmentFundsReserved v2',
    });
    expect(validateEventData(eventCatalogue, { ...envelope, type: 'billing.Unknown' })).toMatchObject({ ok: false });
  });

  it('tells versions of one type apart', () => {
    const v2 = defineEvent({
      ...enrollmentFundsReserved,
      version: 2,
      schema: z.object({ enrollmentId: z.uuid(), totalKopecks: z.number().int() }),
    });
    const catalogue = [enrollmentFundsReserved, v2];
    expect(validateEventData(catalogue, envelope).ok).toBe(true);
    expect(validateEventData(catalogue, { ...envelope, version: 2 }).ok).toBe(false);
    expect(validateEventData(catalogue, { ...envelope, version: 2, data: { enrollmentId, totalKopecks: 5 } }).ok).toBe(true);
  });
});
