/**
 * ИНН and ОГРН/ОГРНИП as the Federal Tax Service defines them: fixed length and control digits.
 * Organizations have a 10-digit ИНН and a 13-digit ОГРН; an individual entrepreneur a 12-digit ИНН and a 15-digit ОГРНИП.
 */
export type TaxpayerKind = 'organization' | 'entrepreneur';

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

const digitsOf = (value: string) => [...value].map(Number);

/** Weighted sum mod 11, then mod 10: the ИНН control digit over the leading digits. */
function innControlDigit(leading: string, weights: readonly number[]): number {
  const sum = digitsOf(leading).reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  return (sum % 11) % 10;
}

/** ОГРН: the 12 leading digits as a number mod 11; ОГРНИП: the 14 leading digits mod 13; then mod 10. */
function ogrnControlDigit(leading: string): number {
  const modulus = leading.length === 14 ? 13n : 11n;
  return Number((BigInt(leading) % modulus) % 10n);
}

export const innLength = (kind: TaxpayerKind) => (kind === 'organization' ? 10 : 12);
export const ogrnLength = (kind: TaxpayerKind) => (kind === 'organization' ? 13 : 15);

export function isValidInn(inn: string, kind: TaxpayerKind): boolean {
  if (!new RegExp(`^\\d{${innLength(kind)}}$`).test(inn)) return false;
  const digits = digitsOf(inn);
  if (kind === 'organization') return innControlDigit(inn.slice(0, 9), INN10_WEIGHTS) === digits[9];
  return (
    innControlDigit(inn.slice(0, 10), INN12_FIRST_WEIGHTS) === digits[10] &&
    innControlDigit(inn.slice(0, 11), INN12_SECOND_WEIGHTS) === digits[11]
  );
}

export function isValidOgrn(ogrn: string, kind: TaxpayerKind): boolean {
  const length = ogrnLength(kind);
  if (!new RegExp(`^\\d{${length}}$`).test(ogrn)) return false;
  return ogrnControlDigit(ogrn.slice(0, length - 1)) === Number(ogrn[length - 1]);
}
