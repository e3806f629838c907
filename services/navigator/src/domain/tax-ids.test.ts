import fc from 'fast-check';
import { isValidInn, isValidOgrn, type TaxpayerKind } from './tax-ids';

// The test's own reference arithmetic (weights as published by the tax service; Horner's rule instead of BigInt).
const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const weightedRemainder = (digits: string, weights: number[]) =>
  weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11;
const remainderOf = (digits: string, modulus: number) => [...digits].reduce((r, d) => (r * 10 + Number(d)) % modulus, 0);

/** The raw remainders behind every control digit; the control digit is each remainder mod 10. */
function remainders(value: string, what: 'inn' | 'ogrn', kind: TaxpayerKind): number[] {
  if (what === 'inn') {
    return kind === 'organization'
      ? [weightedRemainder(value, WEIGHTS_10)]
      : [weightedRemainder(value, WEIGHTS_11), weightedRemainder(value, WEIGHTS_12)];
  }
  return [remainderOf(value.slice(0, -1), kind === 'organization' ? 11 : 13)];
}

const completeInn = (body: string, kind: TaxpayerKind) => {
  if (kind === 'organization') return body + (weightedRemainder(body, WEIGHTS_10) % 10);
  const eleven = body + (weightedRemainder(body, WEIGHTS_11) % 10);
  return eleven + (weightedRemainder(eleven, WEIGHTS_12) % 10);
};
const completeOgrn = (body: string, kind: TaxpayerKind) => body + (remainderOf(body, kind === 'organization' ? 11 : 13) % 10);

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const kinds = fc.constantFrom<TaxpayerKind>('organization', 'entrepreneur');
const validInn = kinds.chain((kind) =>
  digits(kind === 'organization' ? 9 : 10).map((body) => ({ kind, value: completeInn(body, kind) })),
);
const validOgrn = kinds.chain((kind) =>
  digits(kind === 'organization' ? 12 : 14).map((body) => ({ kind, value: completeOgrn(body, kind) })),
);

/** Every number that differs from `value` in exactly one digit. */
const corruptions = (value: string) =>
  [...value].flatMap((digit, index) =>
    Array.from({ length: 9 }, (_, step) => value.slice(0, index) + ((Number(digit) + step + 1) % 10) + value.slice(index + 1)),
  );

const modulusOf = (what: 'inn' | 'ogrn', kind: TaxpayerKind) => (what === 'ogrn' && kind === 'entrepreneur' ? 13 : 11);
/** Remainders r and r + 10 (0 and 10 mod 11; also 1/11 and 2/12 mod 13) share a control digit: the official algorithm cannot tell them apart. */
const ambiguous = (remainder: number, modulus: number) => remainder >= 10 || remainder + 10 < modulus;
const unambiguous = (value: string, what: 'inn' | 'ogrn', kind: TaxpayerKind) =>
  remainders(value, what, kind).some((r) => !ambiguous(r, modulusOf(what, kind)));

const check = { inn: isValidInn, ogrn: isValidOgrn };

describe.each([
  ['inn', validInn],
  ['ogrn', validOgrn],
] as const)('%s', (what, valid) => {
  it('accepts every number whose control digits are right', () => {
    fc.assert(fc.property(valid, ({ kind, value }) => expect(check[what](value, kind)).toBe(true)));
  });

  it('rejects every single-digit corruption when the control remainder is unambiguous', () => {
    fc.assert(
      fc.property(
        valid.filter(({ kind, value }) => unambiguous(value, what, kind)),
        ({ kind, value }) => {
          for (const corrupted of corruptions(value)) expect(check[what](corrupted, kind)).toBe(false);
        },
      ),
    );
  });

  it('rejects any change of a control digit, and accepts a corruption only in the algorithm’s blind spot', () => {
    fc.assert(
      fc.property(valid, ({ kind, value }) => {
        const controls = what === 'inn' && kind === 'entrepreneur' ? 2 : 1;
        corruptions(value).forEach((corrupted, n) => {
          const position = Math.floor(n / 9);
          if (position >= value.length - controls) expect(check[what](corrupted, kind)).toBe(false);
          else if (check[what](corrupted, kind)) {
            // accepted: each remainder moved between r and r ± 10, which share the control digit
            const before = remainders(value, what, kind);
            const after = remainders(corrupted, what, kind);
            before.forEach((r, i) => expect(after[i] === r || Math.abs((after[i] ?? r) - r) === 10).toBe(true));
          }
        });
      }),
    );
  });

  it('refuses the other kind’s length, letters, spaces and the empty string', () => {
    fc.assert(
      fc.property(valid, ({ kind, value }) => {
        const other: TaxpayerKind = kind === 'organization' ? 'entrepreneur' : 'organization';
        expect(check[what](value, other)).toBe(false);
        expect(check[what](` ${value}`, kind)).toBe(false);
        expect(check[what](`${value.slice(0, -1)}O`, kind)).toBe(false);
        expect(check[what](value.slice(1), kind)).toBe(false);
      }),
    );
    expect(isValidInn('', 'organization')).toBe(false);
    expect(isValidOgrn('', 'entrepreneur')).toBe(false);
  });
});

describe('real registrations', () => {
  it('accepts published numbers of an organization and an entrepreneur', () => {
    expect(isValidInn('7707083893', 'organization')).toBe(true);
    expect(isValidOgrn('1027700132195', 'organization')).toBe(true);
    expect(isValidInn('500100732259', 'entrepreneur')).toBe(true);
    expect(isValidOgrn('304500116000157', 'entrepreneur')).toBe(true);
  });

  it('rejects them with one digit off', () => {
    expect(isValidInn('7707083894', 'organization')).toBe(false);
    expect(isValidOgrn('1027700132196', 'organization')).toBe(false);
    expect(isValidInn('500100732250', 'entrepreneur')).toBe(false);
    expect(isValidOgrn('304500116000158', 'entrepreneur')).toBe(false);
  });
});
