import fc from 'fast-check';
import { domainToASCII, domainToUnicode } from 'node:url';
import { EMAIL_ADDRESS_MAX_LENGTH, isEmailAddress, parseEmailAddress } from './email-address';

const localChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_+-'.split(''));
const localPart = fc
  .array(fc.string({ unit: localChar, minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 })
  .map((atoms) => atoms.join('.'));
const asciiLabel = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), minLength: 1, maxLength: 12 })
  .filter((label) => !label.startsWith('xn'));
const cyrillicLabel = fc.string({
  unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'.split('')),
  minLength: 2,
  maxLength: 12,
});
const topLevel = fc.constantFrom('ru', 'com', 'org', 'рф', 'рус', 'москва', 'xn--p1ai');
const domain = fc
  .tuple(fc.array(fc.oneof(asciiLabel, cyrillicLabel), { minLength: 1, maxLength: 3 }), topLevel)
  .map(([labels, tld]) => [...labels, tld].join('.'));
const address = fc.tuple(localPart, domain).map(([local, host]) => `${local}@${host}`);

describe('e-mail address (one rule for every service)', () => {
  it('accepts .рф in Unicode and in punycode and gives both the same canonical form', () => {
    expect(parseEmailAddress('Ivanova@Почта.РФ')).toBe('ivanova@почта.рф');
    expect(parseEmailAddress('ivanova@xn--80a1acny.xn--p1ai')).toBe('ivanova@почта.рф');
    expect(parseEmailAddress(' parent@pdo.example.ru ')).toBe('parent@pdo.example.ru');
    expect(parseEmailAddress('mama@school42.кузбасс.рф')).toBe('mama@school42.кузбасс.рф');
  });

  it('refuses what mail cannot be sent to', () => {
    for (const bad of [
      '',
      'ivanova',
      'ivanova@',
      '@mail.ru',
      'ivanova@mail',
      'iva nova@mail.ru',
      'ivanova@@mail.ru',
      'a@b@mail.ru',
      '.ivanova@mail.ru',
      'ivanova.@mail.ru',
      'iva..nova@mail.ru',
      'ivanova@mail..ru',
      'ivanova@-mail.ru',
      'ivanova@mail.r',
      'ivanova@mail.123',
      'иванова@почта.рф',
      'ivanova@mail.ru\n',
      `${'a'.repeat(65)}@mail.ru`,
      `a@${'b'.repeat(64)}.ru`,
    ]) {
      expect([bad, parseEmailAddress(bad)]).toEqual([bad, bad === 'ivanova@mail.ru\n' ? 'ivanova@mail.ru' : null]);
    }
  });

  it('accepts every well-formed address, Unicode or punycode alike, and its canonical form is a fixed point (property)', () => {
    fc.assert(
      fc.property(address, (value) => {
        const parsed = parseEmailAddress(value);
        if (value.length > EMAIL_ADDRESS_MAX_LENGTH) return;
        const [local, host] = value.split('@') as [string, string];
        expect(parsed).toBe(`${local}@${domainToUnicode(domainToASCII(host))}`);
        expect(parseEmailAddress(parsed as string)).toBe(parsed);
        expect(parseEmailAddress(`${local.toUpperCase()}@${domainToASCII(host)}`)).toBe(parsed);
      }),
    );
  });

  it('never accepts a string with a space, a control character or no single @ (property)', () => {
    const noise = fc.constantFrom(' ', '\t', '\u0000', '\u007f', ',', ';', '<', '"', '@');
    fc.assert(
      fc.property(address, noise, fc.nat(), (value, inserted, at) => {
        const position = 1 + (at % (value.length - 1));
        const broken = `${value.slice(0, position)}${inserted}${value.slice(position)}`;
        expect(isEmailAddress(broken)).toBe(false);
      }),
    );
  });
});
