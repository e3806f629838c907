import fc from 'fast-check';
import { normalisePersonName, personNameMessage, personNameProblem } from './person-name';

const word = fc.string({
  unit: fc.constantFrom(...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя'.split('')),
  minLength: 1,
  maxLength: 12,
});
const apostrophe = fc.constantFrom("'", '\u2019', '\u2018', '\u02bc');
const joiner = fc.oneof(fc.constant(' '), fc.constant('-'), fc.constant('\u2013'), apostrophe);
const name = fc
  .tuple(word, fc.array(fc.tuple(joiner, word), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([j, w]) => j + w).join(''));

describe('person name (one rule for every service)', () => {
  it("takes the typographic apostrophes ’ ‘ ʼ as the one apostrophe '", () => {
    for (const typed of ['Д’Артаньян', 'Д‘Артаньян', 'ДʼАртаньян', "Д'Артаньян"]) {
      expect(normalisePersonName(typed)).toBe("Д'Артаньян");
      expect(personNameProblem(normalisePersonName(typed))).toBeNull();
    }
    expect(normalisePersonName('  Салтыков –  Щедрин ')).toBe('Салтыков - Щедрин');
    expect(normalisePersonName('Салтыков–Щедрин')).toBe('Салтыков-Щедрин');
  });

  it('refuses empty, too long and non-Russian names with a message naming the field', () => {
    expect(personNameProblem('')).toBe('empty');
    expect(personNameProblem('Я'.repeat(101))).toBe('too_long');
    for (const bad of ['Ivanov', 'Иван0в', "'Иванов", 'Иванов-', 'Иван--ов', 'Иван\u0000ов']) {
      expect(personNameProblem(normalisePersonName(bad))).toBe('not_russian_letters');
    }
    expect(personNameMessage('not_russian_letters', 'фамилия')).toBe(
      'Поле «фамилия» пишется русскими буквами, допустимы дефис, пробел и апостроф.',
    );
  });

  it('accepts every Russian name however its apostrophes and dashes were typed, and normalising twice changes nothing (property)', () => {
    fc.assert(
      fc.property(name, (typed) => {
        const normalised = normalisePersonName(typed);
        expect(normalisePersonName(normalised)).toBe(normalised);
        expect(normalised).not.toMatch(/[\u2018\u2019\u02bc\u2013]/u);
        if (normalised.length <= 100) expect(personNameProblem(normalised)).toBeNull();
      }),
    );
  });

  it('refuses any name holding a Latin letter or a digit (property)', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('a', 'Z', '0', '7', 'o'), fc.nat(), (typed, intruder, at) => {
        const position = at % (typed.length + 1);
        const broken = normalisePersonName(`${typed.slice(0, position)}${intruder}${typed.slice(position)}`);
        expect(personNameProblem(broken)).not.toBeNull();
      }),
    );
  });
});
