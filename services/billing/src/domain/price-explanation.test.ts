import { explainSplit } from './price-explanation';
import { splitPrice } from './price-split';

describe('explainSplit', () => {
  it('names the month the family starts paying and that month’s co-payment, when the balance runs out mid-program', () => {
    const split = splitPrice({ monthlyPriceKopecks: 100_000, months: 9, balanceKopecks: 250_000 });
    expect(explainSplit(split)).toEqual({ coPaymentFromMonth: 3, coPaymentFromMonthKopecks: 50_000, takesWholeBalance: true });
  });

  it('says the certificate covers everything and something is left', () => {
    const split = splitPrice({ monthlyPriceKopecks: 100_000, months: 2, balanceKopecks: 250_000 });
    expect(explainSplit(split)).toEqual({ coPaymentFromMonth: null, coPaymentFromMonthKopecks: 0, takesWholeBalance: false });
  });

  it('has the family pay from the first month when the balance is zero, without calling that taking the balance', () => {
    const split = splitPrice({ monthlyPriceKopecks: 100_000, months: 3, balanceKopecks: 0 });
    expect(explainSplit(split)).toEqual({ coPaymentFromMonth: 1, coPaymentFromMonthKopecks: 100_000, takesWholeBalance: false });
  });

  it('warns when the program uses exactly the whole balance', () => {
    const split = splitPrice({ monthlyPriceKopecks: 100_000, months: 3, balanceKopecks: 300_000 });
    expect(explainSplit(split).takesWholeBalance).toBe(true);
    expect(explainSplit(split).coPaymentFromMonth).toBeNull();
  });
});
