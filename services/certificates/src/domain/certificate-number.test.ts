import fc from 'fast-check';
import {
  formatCertificateNumber,
  isCertificateNumber,
  MAX_SEQUENCE,
  nextSequence,
  parseCertificateNumber,
} from './certificate-number';

describe('certificate number', () => {
  it('formats the guide example: Киселевск, the second certificate', () => {
    expect(formatCertificateNumber('07', 2)).toBe('4207000002');
    expect(formatCertificateNumber('34', MAX_SEQUENCE)).toBe('4234999999');
  });

  it('parses the guide example', () => {
    expect(parseCertificateNumber('4207000002')).toEqual({ municipalityCode: '07', sequence: 2 });
  });

  it('refuses sequences outside 1..999999 and malformed municipality codes', () => {
    for (const sequence of [0, -1, MAX_SEQUENCE + 1, 1.5, Number.NaN]) {
      expect(() => formatCertificateNumber('07', sequence)).toThrow(RangeError);
    }
    for (const code of ['7', '007', 'a7', '']) expect(() => formatCertificateNumber(code, 1)).toThrow(RangeError);
  });

  it('rejects other shapes', () => {
    for (const value of ['420700000', '42070000021', '5407000002', '42-07-000002', '4207000000', ' 4207000002', '42O7000002']) {
      expect(parseCertificateNumber(value)).toBeNull();
      expect(isCertificateNumber(value)).toBe(false);
    }
  });

  it('round-trips every municipality and sequence (property)', () => {
    const code = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(code, fc.integer({ min: 1, max: MAX_SEQUENCE }), (municipalityCode, sequence) => {
        const number = formatCertificateNumber(municipalityCode, sequence);
        expect(number).toMatch(/^42\d{8}$/);
        expect(parseCertificateNumber(number)).toEqual({ municipalityCode, sequence });
      }),
    );
  });

  it('gives distinct numbers to distinct (municipality, sequence) pairs (property)', () => {
    const pair = fc.tuple(fc.integer({ min: 1, max: 34 }), fc.integer({ min: 1, max: MAX_SEQUENCE }));
    fc.assert(
      fc.property(pair, pair, ([m1, s1], [m2, s2]) => {
        const a = formatCertificateNumber(String(m1).padStart(2, '0'), s1);
        const b = formatCertificateNumber(String(m2).padStart(2, '0'), s2);
        expect(a === b).toBe(m1 === m2 && s1 === s2);
      }),
    );
  });

  it('the 1 000 000th certificate of a municipality is a domain refusal with a stable code, not a crash', () => {
    expect(nextSequence(0)).toBe(1);
    expect(nextSequence(MAX_SEQUENCE - 1)).toBe(MAX_SEQUENCE);
    expect(() => nextSequence(MAX_SEQUENCE)).toThrow(
      expect.objectContaining({ extensions: { code: 'CERTIFICATE_NUMBERS_EXHAUSTED' } }),
    );
    expect(() => nextSequence(MAX_SEQUENCE)).toThrow(/Номера сертификатов этого муниципалитета закончились/);
  });
});
