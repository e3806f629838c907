import fc from 'fast-check';
import { documentViolations, isBirthCertificateSeries, type DocumentFields } from './identity-document.rules';
import { toRomanNumeral } from './roman-numeral';

const today = '2026-11-21';
const child = { childBirthDate: '2016-04-12', today };
const teen = { childBirthDate: '2011-03-05', today };

const certificate: DocumentFields = {
  kind: 'birth_certificate',
  series: 'III-ПО',
  number: '123456',
  issuedOn: '2016-04-20',
  issuer: 'Отдел ЗАГС г. Киселевска',
  divisionCode: null,
};
const passport: DocumentFields = {
  kind: 'passport',
  series: '3225',
  number: '654321',
  issuedOn: '2025-03-20',
  issuer: 'ГУ МВД России по Кемеровской области — Кузбассу',
  divisionCode: '420-007',
};

const fieldsOf = (fields: DocumentFields, context = child) => documentViolations(fields, context).map((v) => v.field);

describe('birth certificate series', () => {
  it('accepts every Roman numeral from 1 to 3999 with any two Cyrillic capitals', () => {
    const letters = fc.constantFrom(...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), letters, letters, (n, a, b) => {
        expect(isBirthCertificateSeries(`${toRomanNumeral(n)}-${a}${b}`)).toBe(true);
      }),
    );
  });

  it.each([
    'IIII-ПО',
    'III-по',
    'III-PO',
    'III-П',
    'III-ПОР',
    'IIIПО',
    'III ПО',
    '3-ПО',
    '-ПО',
    'III-',
    'III--ПО',
    'III-ПО-I',
    '',
  ])('rejects %j', (series) => expect(isBirthCertificateSeries(series)).toBe(false));

  it('rejects any series whose numeral part is not a Roman numeral', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'IVXLCDM'), minLength: 1, maxLength: 12 }), (numeral) => {
        fc.pre(!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(numeral));
        expect(isBirthCertificateSeries(`${numeral}-ПО`)).toBe(false);
      }),
    );
  });
});

describe('birth certificate', () => {
  it('is valid when every field is right', () => {
    expect(documentViolations(certificate, child)).toEqual([]);
  });

  it('can be issued on the day of birth and today, not before birth or tomorrow', () => {
    expect(fieldsOf({ ...certificate, issuedOn: child.childBirthDate })).toEqual([]);
    expect(fieldsOf({ ...certificate, issuedOn: today })).toEqual([]);
    expect(fieldsOf({ ...certificate, issuedOn: '2016-04-11' })).toEqual(['issuedOn']);
    expect(fieldsOf({ ...certificate, issuedOn: '2026-11-22' })).toEqual(['issuedOn']);
    expect(fieldsOf({ ...certificate, issuedOn: '2016-02-30' })).toEqual(['issuedOn']);
  });

  it.each([
    ['series', { series: 'IIII-ПО' }],
    ['number', { number: '12345' }],
    ['number', { number: '1234567' }],
    ['number', { number: '12345a' }],
    ['issuer', { issuer: '  ' }],
    ['issuer', { issuer: 'З'.repeat(501) }],
    ['divisionCode', { divisionCode: '420-007' }],
  ])('names the field %s when it is wrong', (field, change) => {
    const violations = documentViolations({ ...certificate, ...change }, child);
    expect(violations.map((v) => v.field)).toEqual([field]);
    expect(violations[0].code).toBe('BAD_USER_INPUT');
    expect(violations[0].message).toMatch(/[а-яё]/);
  });

  it('reports every wrong field at once, in form order', () => {
    expect(fieldsOf({ ...certificate, series: 'x', number: 'y', issuedOn: 'z', issuer: '' })).toEqual([
      'series',
      'number',
      'issuedOn',
      'issuer',
    ]);
  });

  it('accepts any six-digit number and rejects any other length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,10}$/), (number) => {
        expect(fieldsOf({ ...certificate, number }).includes('number')).toBe(number.length !== 6);
      }),
    );
  });
});

describe('passport', () => {
  it('is valid for a child of 14+ when every field is right', () => {
    expect(documentViolations(passport, teen)).toEqual([]);
  });

  it('is refused to a child under 14, on the kind', () => {
    expect(fieldsOf(passport, { childBirthDate: '2012-11-22', today })).toEqual(['kind']);
    expect(fieldsOf({ ...passport, issuedOn: '2026-11-21' }, { childBirthDate: '2012-11-21', today })).toEqual([]);
  });

  it('cannot be issued before the 14th birthday or in the future', () => {
    expect(fieldsOf({ ...passport, issuedOn: '2025-03-04' }, teen)).toEqual(['issuedOn']);
    expect(fieldsOf({ ...passport, issuedOn: '2025-03-05' }, teen)).toEqual([]);
    expect(fieldsOf({ ...passport, issuedOn: '2026-11-22' }, teen)).toEqual(['issuedOn']);
  });

  it.each([
    ['series', { series: '322' }],
    ['series', { series: '32 25' }],
    ['series', { series: 'III-ПО' }],
    ['number', { number: '65432' }],
    ['issuer', { issuer: 'МВ' }],
    ['divisionCode', { divisionCode: null }],
    ['divisionCode', { divisionCode: '420007' }],
    ['divisionCode', { divisionCode: '42-0007' }],
    ['divisionCode', { divisionCode: '420-07a' }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(fieldsOf({ ...passport, ...change }, teen)).toEqual([field]);
  });
});
