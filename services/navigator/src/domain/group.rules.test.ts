import fc from 'fast-check';
import { checkGroupTerms, normalizeDays, type GroupTerms } from './group.rules';

const terms: GroupTerms = {
  daysOfWeek: [2, 4],
  startTime: '15:00',
  endTime: '16:30',
  seats: 12,
  startDate: '2026-09-01',
  endDate: '2027-05-31',
};
const fieldOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions: { code: string; field: string } }).extensions;
  }
};

describe('checkGroupTerms', () => {
  it('accepts a sound group', () => {
    expect(fieldOf(() => checkGroupTerms(terms))).toBeNull();
  });

  it('refuses lessons that end when or before they start', () => {
    expect(fieldOf(() => checkGroupTerms({ ...terms, endTime: '15:00' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'endTime' });
    expect(fieldOf(() => checkGroupTerms({ ...terms, endTime: '09:00' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'endTime' });
  });

  it('refuses an end date not after the start date', () => {
    expect(fieldOf(() => checkGroupTerms({ ...terms, endDate: '2026-09-01' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
    });
    expect(fieldOf(() => checkGroupTerms({ ...terms, endDate: '2026-08-31' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
    });
  });

  it('never lets seats drop below the seats already taken', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (seats, taken) => {
        expect(fieldOf(() => checkGroupTerms({ ...terms, seats }, taken))).toEqual(
          seats >= taken ? null : { code: 'BAD_USER_INPUT', field: 'seats' },
        );
      }),
    );
  });
});

describe('normalizeDays', () => {
  it('keeps each day once, Monday first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (days) => {
        const result = normalizeDays(days);
        expect(new Set(result)).toEqual(new Set(days));
        expect(result).toEqual([...result].sort((a, b) => a - b));
        expect(new Set(result).size).toBe(result.length);
      }),
    );
  });
});
