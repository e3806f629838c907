import { kuzbassDate } from '@pdo/service-kit/domain';
import fc from 'fast-check';
import { addWorkingDays, firstDayOfNextMonth, isWorkingDay, responseDeadline } from './working-days';

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-16', true], // Monday
    ['2026-11-17', true],
    ['2026-11-18', true],
    ['2026-11-19', true],
    ['2026-11-20', true], // Friday
    ['2026-11-21', false], // Saturday
    ['2026-11-22', false], // Sunday
  ])('%s → %s', (date, expected) => expect(isWorkingDay(date)).toBe(expected));
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-16', 3, '2026-11-19'], // Mon + 3 → Thu
    ['2026-11-18', 3, '2026-11-23'], // Wed + 3 → Mon, over the weekend
    ['2026-11-20', 1, '2026-11-23'], // Fri + 1 → Mon
    ['2026-11-21', 3, '2026-11-25'], // Sat + 3 → Wed
    ['2026-11-22', 1, '2026-11-23'], // Sun + 1 → Mon
    ['2026-11-20', 5, '2026-11-27'], // a whole week
    ['2026-12-30', 3, '2027-01-04'], // over the new year (holidays are not counted separately)
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2026-11-19', 0, '2026-11-19'],
  ])('%s + %i → %s', (date, count, expected) => expect(addWorkingDays(date, count)).toBe(expected));

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-11-16', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-16', 1.5)).toThrow(RangeError);
  });

  const dates = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('always lands on a working day after the start, for any positive count', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (date, count) => {
        const result = addWorkingDays(date, count);
        return isWorkingDay(result) && result > date;
      }),
    );
  });

  it('five working days are exactly one week from a working day', () => {
    fc.assert(
      fc.property(dates.filter(isWorkingDay), (date) => {
        const weekLater = new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
        return addWorkingDays(date, 5) === weekLater;
      }),
    );
  });

  it('adding in steps equals adding at once', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (date, a, b) => addWorkingDays(addWorkingDays(date, a), b) === addWorkingDays(date, a + b),
      ),
    );
  });
});

describe('responseDeadline (Kuzbass time, UTC+7)', () => {
  it('a request received on Monday must be answered by the end of Thursday, local time', () => {
    expect(responseDeadline(new Date('2026-11-16T05:00:00Z'), 3).toISOString()).toBe('2026-11-19T17:00:00.000Z');
  });

  it('the local day counts, not the UTC one: Friday 23:30 UTC is already Saturday in Kemerovo', () => {
    expect(kuzbassDate(new Date('2026-11-20T23:30:00Z'))).toBe('2026-11-21');
    expect(responseDeadline(new Date('2026-11-20T23:30:00Z'), 3).toISOString()).toBe('2026-11-25T17:00:00.000Z');
    expect(responseDeadline(new Date('2026-11-20T16:30:00Z'), 3).toISOString()).toBe('2026-11-25T17:00:00.000Z');
    expect(responseDeadline(new Date('2026-11-20T16:59:00Z'), 1).toISOString()).toBe('2026-11-23T17:00:00.000Z');
  });

  it('is always later than the moment the request arrived', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 20 }),
        (at, days) => responseDeadline(at, days) > at,
      ),
    );
  });
});

describe('firstDayOfNextMonth', () => {
  it.each([
    ['2026-11-21T10:00:00Z', '2026-12-01'],
    ['2026-12-15T10:00:00Z', '2027-01-01'], // year turns
    ['2026-01-31T10:00:00Z', '2026-02-01'],
    ['2026-11-30T18:00:00Z', '2027-01-01'], // already 1 December in Kemerovo
    ['2026-11-30T16:59:00Z', '2026-12-01'],
  ])('%s → %s', (instant, expected) => expect(firstDayOfNextMonth(new Date(instant))).toBe(expected));
});
