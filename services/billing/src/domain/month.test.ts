import fc from 'fast-check';
import { assertReportable, monthOf, nextMonthStart, parseMonth, previousMonth } from './month';

const code = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

const days = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });

describe('billing months', () => {
  it('take YYYY-MM only', () => {
    expect(parseMonth('2026-10')).toEqual({ month: '2026-10', firstDay: '2026-10-01' });
    for (const bad of ['2026-13', '2026-00', '2026-1', '10.2026', '2026-10-01', ''])
      expect(code(() => parseMonth(bad))).toBe('BAD_MONTH');
  });

  it('step over the year boundary', () => {
    expect(nextMonthStart('2026-12-01')).toBe('2027-01-01');
    expect(nextMonthStart('2026-09-01')).toBe('2026-10-01');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
    expect(previousMonth('2026-10-31')).toBe('2026-09');
  });

  it('put the previous month right before the day and the next month right after it', () => {
    fc.assert(
      fc.property(days, (instant) => {
        const day = instant.toISOString().slice(0, 10);
        const previous = parseMonth(previousMonth(day));
        expect(nextMonthStart(previous.firstDay)).toBe(`${monthOf(day)}-01`);
        expect(previous.firstDay < day).toBe(true);
      }),
    );
  });

  it('refuse a report for a month that has not begun', () => {
    expect(code(() => assertReportable(parseMonth('2026-11'), '2026-11-01'))).toBe('OK');
    expect(code(() => assertReportable(parseMonth('2026-10'), '2026-11-21'))).toBe('OK');
    expect(code(() => assertReportable(parseMonth('2026-12'), '2026-11-30'))).toBe('MONTH_NOT_STARTED');
  });
});
