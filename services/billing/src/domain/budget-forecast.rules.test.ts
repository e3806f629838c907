import fc from 'fast-check';
import { forecastBudget } from './budget-forecast.rules';

const RUBLE = 100;

describe('forecastBudget', () => {
  it('extrapolates the pace so far to 31 August and finds the day the budget runs out', () => {
    // 2026-09-01 … 2026-10-31 is 61 days; 61 000 ₽ charged is 1 000 ₽ a day
    const forecast = forecastBudget({
      periodStart: '2026-09-01',
      today: '2026-10-31',
      budgetKopecks: 200_000 * RUBLE,
      chargedKopecks: 61_000 * RUBLE,
    });
    expect(forecast).toEqual({
      status: 'runs_out',
      daysElapsed: 61,
      daysInYear: 365,
      paceKopecksPerDay: 1_000 * RUBLE,
      forecastKopecks: 365_000 * RUBLE,
      // day 200 of the year: 1 September + 199 days
      runsOutOn: '2027-03-19',
    });
  });

  it("says the budget lasts when the year's charges at this pace only just reach it", () => {
    const forecast = forecastBudget({
      periodStart: '2026-09-01',
      today: '2026-10-31',
      budgetKopecks: 365_000 * RUBLE,
      chargedKopecks: 61_000 * RUBLE,
    });
    expect(forecast.status).toBe('within_budget');
    expect(forecast.forecastKopecks).toBe(365_000 * RUBLE);
    expect(forecast.runsOutOn).toBeNull();
  });

  it('runs out on 31 August itself when the budget is a kopeck short of the forecast', () => {
    const forecast = forecastBudget({
      periodStart: '2026-09-01',
      today: '2026-10-31',
      budgetKopecks: 365_000 * RUBLE - 1,
      chargedKopecks: 61_000 * RUBLE,
    });
    expect(forecast).toMatchObject({ status: 'runs_out', runsOutOn: '2027-08-31' });
  });

  it('on the first day of the year counts that day and extrapolates a whole year from it', () => {
    const forecast = forecastBudget({
      periodStart: '2026-09-01',
      today: '2026-09-01',
      budgetKopecks: 1_000 * RUBLE,
      chargedKopecks: 10 * RUBLE,
    });
    expect(forecast).toMatchObject({
      status: 'runs_out',
      daysElapsed: 1,
      forecastKopecks: 3_650 * RUBLE,
      runsOutOn: '2026-12-09',
    });
  });

  it('before the school year starts there is no pace and no forecast beyond what was charged', () => {
    const forecast = forecastBudget({
      periodStart: '2027-09-01',
      today: '2026-12-05',
      budgetKopecks: 1_000 * RUBLE,
      chargedKopecks: 0,
    });
    expect(forecast).toEqual({
      status: 'not_started',
      daysElapsed: 0,
      daysInYear: 366,
      paceKopecksPerDay: 0,
      forecastKopecks: 0,
      runsOutOn: null,
    });
  });

  it('with no spending yet there is no date the budget would run out', () => {
    const forecast = forecastBudget({
      periodStart: '2026-09-01',
      today: '2027-02-01',
      budgetKopecks: 1_000 * RUBLE,
      chargedKopecks: 0,
    });
    expect(forecast).toMatchObject({ status: 'no_spending', forecastKopecks: 0, paceKopecksPerDay: 0, runsOutOn: null });
  });

  it('a zero budget with nothing charged is not exhausted', () => {
    expect(forecastBudget({ periodStart: '2026-09-01', today: '2027-02-01', budgetKopecks: 0, chargedKopecks: 0 }).status).toBe(
      'no_spending',
    );
  });

  it('says exhausted when the charges already reach or pass the budget', () => {
    const exact = forecastBudget({
      periodStart: '2026-09-01',
      today: '2026-10-31',
      budgetKopecks: 61_000,
      chargedKopecks: 61_000,
    });
    expect(exact).toMatchObject({ status: 'exhausted', runsOutOn: null, forecastKopecks: 365_000 });
    const over = forecastBudget({
      periodStart: '2026-09-01',
      today: '2026-10-31',
      budgetKopecks: 50_000,
      chargedKopecks: 61_000,
    });
    expect(over.status).toBe('exhausted');
    const zeroBudget = forecastBudget({ periodStart: '2026-09-01', today: '2026-10-31', budgetKopecks: 0, chargedKopecks: 1 });
    expect(zeroBudget.status).toBe('exhausted');
  });

  it('after 31 August the forecast is what was charged', () => {
    const forecast = forecastBudget({
      periodStart: '2025-09-01',
      today: '2026-12-05',
      budgetKopecks: 1_000 * RUBLE,
      chargedKopecks: 900 * RUBLE,
    });
    expect(forecast).toMatchObject({ status: 'year_over', daysElapsed: 365, forecastKopecks: 900 * RUBLE, runsOutOn: null });
    const lastDay = forecastBudget({ periodStart: '2025-09-01', today: '2026-08-31', budgetKopecks: 1_000, chargedKopecks: 900 });
    expect(lastDay.status).toBe('year_over');
  });

  it('counts 29 February: a school year ending in a leap year has 366 days', () => {
    expect(
      forecastBudget({ periodStart: '2027-09-01', today: '2027-09-10', budgetKopecks: 1, chargedKopecks: 0 }).daysInYear,
    ).toBe(366);
    expect(
      forecastBudget({ periodStart: '2026-09-01', today: '2026-09-10', budgetKopecks: 1, chargedKopecks: 0 }).daysInYear,
    ).toBe(365);
    // 2099 is not leap (nor is 2100: the century rule)
    expect(
      forecastBudget({ periodStart: '2099-09-01', today: '2099-09-10', budgetKopecks: 1, chargedKopecks: 0 }).daysInYear,
    ).toBe(365);
  });

  it('steps over 29 February when dating the run-out in a leap year', () => {
    // 1 September 2027 … 28 February 2028 is 181 days; 181 ₽ charged is 1 ₽ a day
    const forecast = forecastBudget({
      periodStart: '2027-09-01',
      today: '2028-02-28',
      budgetKopecks: 183 * RUBLE,
      chargedKopecks: 181 * RUBLE,
    });
    expect(forecast).toMatchObject({ daysElapsed: 181, forecastKopecks: 366 * RUBLE, runsOutOn: '2028-03-01' });
    const onLeapDay = forecastBudget({
      periodStart: '2027-09-01',
      today: '2028-02-28',
      budgetKopecks: 182 * RUBLE,
      chargedKopecks: 181 * RUBLE,
    });
    expect(onLeapDay.runsOutOn).toBe('2028-02-29');
  });

  it('keeps every kopeck of budgets beyond 2^53 / 366', () => {
    const charged = 2 ** 50;
    const forecast = forecastBudget({
      periodStart: '2026-09-01',
      today: '2027-03-01',
      budgetKopecks: 2 ** 52,
      chargedKopecks: charged,
    });
    expect(forecast.forecastKopecks).toBe(Number((BigInt(charged) * 365n) / 182n));
  });

  it('for any pace: the forecast is at least what was charged, and a run-out date falls after today and by 31 August', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        (offset, budgetKopecks, chargedKopecks) => {
          const today = new Date(Date.UTC(2026, 8, 1 + offset)).toISOString().slice(0, 10);
          const forecast = forecastBudget({ periodStart: '2026-09-01', today, budgetKopecks, chargedKopecks });
          expect(forecast.forecastKopecks).toBeGreaterThanOrEqual(chargedKopecks);
          if (forecast.runsOutOn !== null) {
            expect(forecast.status).toBe('runs_out');
            expect(forecast.runsOutOn > today).toBe(true);
            expect(forecast.runsOutOn <= '2027-08-31').toBe(true);
            expect(forecast.forecastKopecks).toBeGreaterThanOrEqual(budgetKopecks);
          } else if (forecast.status === 'within_budget') {
            expect(forecast.forecastKopecks).toBeLessThanOrEqual(budgetKopecks);
          }
        },
      ),
    );
  });
});
