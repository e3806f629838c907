import fc from 'fast-check';
import {
  assertPeriod,
  defaultEffectiveFrom,
  isIsoDate,
  isPeriodStart,
  periodContains,
  periodEndFor,
  periodStartFor,
} from './period';

const days = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

describe('periodStartFor', () => {
  it('maps the edges of a school year to the same period', () => {
    expect(periodStartFor(new Date('2026-09-01T00:00:00Z'))).toBe('2026-09-01');
    expect(periodStartFor(new Date('2027-08-31T23:59:59Z'))).toBe('2026-09-01');
    expect(periodStartFor(new Date('2026-08-31T23:59:59Z'))).toBe('2025-09-01');
  });

  it('always starts on 1 September no later than the day itself and less than a year before it', () => {
    fc.assert(
      fc.property(days, (day) => {
        const start = new Date(`${periodStartFor(day)}T00:00:00Z`);
        expect(start.getUTCMonth()).toBe(8);
        expect(start.getUTCDate()).toBe(1);
        expect(start.getTime()).toBeLessThanOrEqual(day.getTime());
        expect(day.getTime() - start.getTime()).toBeLessThan(366 * 24 * 3600 * 1000);
      }),
    );
  });
});

describe('periodEndFor and periodContains', () => {
  it('close the school year on 31 August of the next year', () => {
    expect(periodEndFor('2026-09-01')).toBe('2027-08-31');
  });

  it('put every day inside the period periodStartFor gives it, and not in the next or previous one', () => {
    fc.assert(
      fc.property(days, (day) => {
        const start = periodStartFor(day);
        const year = Number(start.slice(0, 4));
        expect(periodContains(start, isoDay(day))).toBe(true);
        expect(periodContains(`${year + 1}-09-01`, isoDay(day))).toBe(false);
        expect(periodContains(`${year - 1}-09-01`, isoDay(day))).toBe(false);
      }),
    );
  });
});

describe('date shapes', () => {
  it('accept real calendar days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const value of ['2027-02-29', '2026-13-01', '2026-9-1', '01.09.2026', '']) expect(isIsoDate(value)).toBe(false);
  });

  it('take only 1 September as a period start', () => {
    expect(isPeriodStart('2026-09-01')).toBe(true);
    for (const value of ['2026-09-02', '2026-01-09', '2026-08-31']) expect(isPeriodStart(value)).toBe(false);
  });
});

describe('assertPeriod', () => {
  const code = (run: () => void) => {
    try {
      run();
      return 'OK';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it('accepts a 1 September start and a change effective inside the year, edges included', () => {
    expect(code(() => assertPeriod('2026-09-01'))).toBe('OK');
    expect(code(() => assertPeriod('2026-09-01', '2026-09-01'))).toBe('OK');
    expect(code(() => assertPeriod('2026-09-01', '2027-08-31'))).toBe('OK');
  });

  it('refuses another start day, a reversed period and a date past the year with BAD_PERIOD', () => {
    expect(code(() => assertPeriod('2026-10-01'))).toBe('BAD_PERIOD');
    expect(code(() => assertPeriod('2026-09-01', '2026-08-31'))).toBe('BAD_PERIOD');
    expect(code(() => assertPeriod('2026-09-01', '2027-09-01'))).toBe('BAD_PERIOD');
    expect(code(() => assertPeriod('2026-09-01', '2026-02-30'))).toBe('BAD_PERIOD');
  });
});

describe('defaultEffectiveFrom', () => {
  it('is today inside the period and the nearest edge outside it', () => {
    expect(defaultEffectiveFrom('2026-09-01', '2026-11-21')).toBe('2026-11-21');
    expect(defaultEffectiveFrom('2027-09-01', '2026-11-21')).toBe('2027-09-01');
    expect(defaultEffectiveFrom('2025-09-01', '2026-11-21')).toBe('2026-08-31');
  });
});
