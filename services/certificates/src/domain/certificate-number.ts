import { DomainError } from '@pdo/service-kit/domain';

/** Certificate numbers: region 42, two-digit municipality code, six-digit sequence within it (4207000002). */
export const REGION_CODE = '42';
export const MAX_SEQUENCE = 999_999;

const NUMBER = /^42(\d{2})(\d{6})$/;
const MUNICIPALITY = /^\d{2}$/;

export interface CertificateNumberParts {
  municipalityCode: string;
  sequence: number;
}

export function formatCertificateNumber(municipalityCode: string, sequence: number): string {
  if (!MUNICIPALITY.test(municipalityCode)) throw new RangeError(`not a municipality code: ${municipalityCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`certificate sequence out of range 1..${MAX_SEQUENCE}: ${sequence}`);
  }
  return `${REGION_CODE}${municipalityCode}${String(sequence).padStart(6, '0')}`;
}

/** null for anything that is not a well-formed number (sequence 000000 included). */
export function parseCertificateNumber(value: string): CertificateNumberParts | null {
  const match = NUMBER.exec(value);
  if (!match) return null;
  const sequence = Number(match[2]);
  return sequence === 0 ? null : { municipalityCode: match[1] as string, sequence };
}

export const isCertificateNumber = (value: string) => parseCertificateNumber(value) !== null;

/** The six-digit sequence of a municipality is spent: refused in plain words, never a number that does not fit. */
export const numbersExhausted = () =>
  new DomainError(
    'CERTIFICATE_NUMBERS_EXHAUSTED',
    'Номера сертификатов этого муниципалитета закончились. Обратитесь в МОЦ муниципалитета или в региональный модельный центр.',
  );

/** The sequence after `last`; throws when the municipality has used all MAX_SEQUENCE numbers. */
export function nextSequence(last: number): number {
  if (last >= MAX_SEQUENCE) throw numbersExhausted();
  return last + 1;
}
