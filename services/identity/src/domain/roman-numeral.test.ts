import fc from 'fast-check';
import { parseRomanNumeral, toRomanNumeral } from './roman-numeral';

describe('Roman numerals', () => {
  it('accepts the standard spelling of every number from 1 to 3999 and reads its value back', () => {
    for (let n = 1; n <= 3999; n += 1) expect(parseRomanNumeral(toRomanNumeral(n))).toBe(n);
  });

  it('knows the familiar ones', () => {
    expect(toRomanNumeral(1994)).toBe('MCMXCIV');
    expect(parseRomanNumeral('III')).toBe(3);
    expect(parseRomanNumeral('XIV')).toBe(14);
    expect(parseRomanNumeral('MMMCMXCIX')).toBe(3999);
  });

  it('accepts a string of Roman digits exactly when it is the standard spelling of its value', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'IVXLCDM'), minLength: 1, maxLength: 16 }), (text) => {
        const value = parseRomanNumeral(text);
        if (value === null) return;
        expect(toRomanNumeral(value)).toBe(text);
      }),
    );
  });

  it.each(['', 'IIII', 'VV', 'VX', 'IC', 'IL', 'XM', 'MMMM', 'LL', 'DD', 'IIV', 'ii', 'x', 'I I', 'Ⅲ', '3', 'III-'])(
    'rejects %j',
    (text) => expect(parseRomanNumeral(text)).toBeNull(),
  );

  it('rejects any string with a character that is not a Roman digit', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /[^IVXLCDM]/.test(s)),
        (text) => {
          expect(parseRomanNumeral(text)).toBeNull();
        },
      ),
    );
  });

  it('has no Roman numeral for 0, 4000 or fractions', () => {
    for (const n of [0, 4000, -1, 1.5]) expect(() => toRomanNumeral(n)).toThrow(RangeError);
  });
});
