import { parseInput } from '@pdo/service-kit';
import fc from 'fast-check';
import { groupSchema, programSchema, withChanges } from './program.input';

const program = {
  title: 'Робототехника для начинающих',
  description: 'Собираем роботов.',
  direction: 'technical',
  registry: 'certified',
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Ленина, 30',
  format: 'in_person',
  minAge: 7,
  maxAge: 14,
  durationMonths: 9,
  hours: 144,
  monthlyPriceKopecks: 150000,
  needsMedicalCertificate: false,
  suitsDisabilities: true,
};
const group = {
  teacher: 'Кузнецов А. П.',
  daysOfWeek: [2, 4],
  startTime: '15:00',
  endTime: '16:30',
  seats: 12,
  startDate: '2026-09-01',
  endDate: '2027-05-31',
};

const refusalOf = (parse: () => unknown) => {
  try {
    parse();
    return null;
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
};
const programRefusal = (input: unknown) => refusalOf(() => parseInput(programSchema, input));
const groupRefusal = (input: unknown) => refusalOf(() => parseInput(groupSchema, input));

describe('programSchema', () => {
  it('accepts a complete program', () => {
    expect(programRefusal(program)).toBeNull();
  });

  it('refuses a negative or fractional price naming the field', () => {
    fc.assert(
      fc.property(fc.integer({ max: -1 }), (price) => {
        expect(programRefusal({ ...program, monthlyPriceKopecks: price })).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'monthlyPriceKopecks',
        });
      }),
    );
    expect(programRefusal({ ...program, monthlyPriceKopecks: 10.5 })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'monthlyPriceKopecks',
    });
  });

  it('keeps the duration within 1..36 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (months) => {
        const ok = months >= 1 && months <= 36;
        expect(programRefusal({ ...program, durationMonths: months })).toEqual(
          ok ? null : { code: 'BAD_USER_INPUT', field: 'durationMonths' },
        );
      }),
    );
  });

  it('accepts only the six directions, four registries and two formats', () => {
    expect(programRefusal({ ...program, direction: 'техническая' })).toEqual({ code: 'BAD_USER_INPUT', field: 'direction' });
    expect(programRefusal({ ...program, registry: 'paid' })).toEqual({ code: 'BAD_USER_INPUT', field: 'registry' });
    expect(programRefusal({ ...program, format: 'hybrid' })).toEqual({ code: 'BAD_USER_INPUT', field: 'format' });
    expect(programRefusal({ ...program, municipalityCode: '35' })).toEqual({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
  });
});

describe('groupSchema', () => {
  it('refuses fewer than one seat naming the field', () => {
    fc.assert(
      fc.property(fc.integer({ max: 0 }), (seats) => {
        expect(groupRefusal({ ...group, seats })).toEqual({ code: 'BAD_USER_INPUT', field: 'seats' });
      }),
    );
  });

  it('refuses days outside 1..7, no days, and malformed times and dates', () => {
    expect(groupRefusal({ ...group, daysOfWeek: [0] })).toEqual({ code: 'BAD_USER_INPUT', field: 'daysOfWeek.0' });
    expect(groupRefusal({ ...group, daysOfWeek: [] })).toEqual({ code: 'BAD_USER_INPUT', field: 'daysOfWeek' });
    expect(groupRefusal({ ...group, startTime: '24:00' })).toEqual({ code: 'BAD_USER_INPUT', field: 'startTime' });
    expect(groupRefusal({ ...group, endDate: '31.05.2027' })).toEqual({ code: 'BAD_USER_INPUT', field: 'endDate' });
  });
});

describe('withChanges', () => {
  it('takes given values and keeps the stored ones where a change is null or absent', () => {
    expect(withChanges({ a: 1, b: 'x', c: true }, { a: 2, b: null })).toEqual({ a: 2, b: 'x', c: true });
    expect(withChanges({ a: 1 }, { a: 0 })).toEqual({ a: 0 });
  });
});
