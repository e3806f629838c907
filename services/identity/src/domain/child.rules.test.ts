import fc from 'fast-check';
import { childViolations, type ChildFields } from './child.rules';

const today = '2026-11-21';
const child: ChildFields = {
  lastName: 'Иванов',
  firstName: 'Пётр',
  patronymic: 'Сергеевич',
  birthDate: '2016-04-12',
  sex: 'male',
  address: 'г. Киселевск, ул. Ленина, д. 1, кв. 2',
  municipalityCode: '07',
  attendsSchool: true,
};
const fields = (change: Partial<ChildFields>) => childViolations({ ...child, ...change }, today).map((v) => v.field);

describe('child card', () => {
  it('is valid when filled in, also without a patronymic and with double names', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ patronymic: null })).toEqual([]);
    expect(fields({ lastName: 'Римская-Корсакова', firstName: 'Анна Мария' })).toEqual([]);
  });

  it.each([
    ['lastName', { lastName: '' }],
    ['lastName', { lastName: 'Ivanov' }],
    ['lastName', { lastName: 'Иванов1' }],
    ['lastName', { lastName: '-Иванов' }],
    ['lastName', { lastName: 'Я'.repeat(101) }],
    ['firstName', { firstName: 'Пётр!' }],
    ['patronymic', { patronymic: '' }],
    ['birthDate', { birthDate: '12.04.2016' }],
    ['birthDate', { birthDate: '2026-11-22' }],
    ['birthDate', { birthDate: '2008-11-21' }],
    ['address', { address: 'дом' }],
    ['address', { address: 'д'.repeat(501) }],
    ['municipalityCode', { municipalityCode: '35' }],
    ['municipalityCode', { municipalityCode: '7' }],
  ])('names the field %s when it is wrong', (field, change) => {
    const violations = childViolations({ ...child, ...change }, today);
    expect(violations.map((v) => v.field)).toEqual([field]);
    expect(violations[0].message).toMatch(/[А-ЯЁа-яё]/);
  });

  it('registers children born today up to the day before their 18th birthday', () => {
    expect(fields({ birthDate: today })).toEqual([]);
    expect(fields({ birthDate: '2008-11-22' })).toEqual([]);
  });

  it('accepts every municipality code 01..34 and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (n) => {
        const code = String(n).padStart(2, '0');
        expect(fields({ municipalityCode: code }).length === 0).toBe(n >= 1 && n <= 34);
      }),
    );
  });
});
