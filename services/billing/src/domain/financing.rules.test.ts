import fc from 'fast-check';
import { financingRefusal } from './financing.rules';

describe('financingRefusal', () => {
  const room = {
    financedCount: 9,
    quota: 10,
    committedKopecks: 9 * 1_160_900,
    budgetKopecks: 10 * 1_160_900,
    amountKopecks: 1_160_900,
  };

  it('finances the last place of the quota and refuses the one after', () => {
    expect(financingRefusal(room)).toBeNull();
    expect(financingRefusal({ ...room, financedCount: 10, committedKopecks: 10 * 1_160_900 })).toBe('QUOTA_EXHAUSTED');
  });

  it('refuses when the budget cannot cover the whole normative', () => {
    expect(financingRefusal({ ...room, budgetKopecks: 10 * 1_160_900 - 1 })).toBe('BUDGET_EXHAUSTED');
  });

  it('never lets the financed certificates exceed the quota or their money the budget', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(10_000_000), fc.nat(20_000_000_000), (quota, amountKopecks, budgetKopecks) => {
        let financedCount = 0;
        let committedKopecks = 0;
        for (let i = 0; i < quota + 5; i += 1) {
          if (financingRefusal({ financedCount, quota, committedKopecks, budgetKopecks, amountKopecks }) === null) {
            financedCount += 1;
            committedKopecks += amountKopecks;
          }
        }
        expect(financedCount).toBeLessThanOrEqual(quota);
        expect(committedKopecks).toBeLessThanOrEqual(budgetKopecks);
      }),
    );
  });
});
