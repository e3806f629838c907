import fc from 'fast-check';
import { MAX_MONTHS, monthShare, splitPrice } from './price-split';

const kopecks = fc.integer({ min: 0, max: 50_000_000 });
const input = fc.record({
  monthlyPriceKopecks: kopecks,
  months: fc.integer({ min: 1, max: MAX_MONTHS }),
  balanceKopecks: kopecks,
});

const code = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('splitPrice', () => {
  it('has the parent pay only the difference once the balance runs out', () => {
    const split = splitPrice({ monthlyPriceKopecks: 150_000, months: 9, balanceKopecks: 1_160_900 });
    expect(split.perMonth.slice(0, 7).every((m) => m.certificateKopecks === 150_000 && m.coPaymentKopecks === 0)).toBe(true);
    expect(split.perMonth[7]).toEqual({ month: 8, certificateKopecks: 110_900, coPaymentKopecks: 39_100 });
    expect(split.perMonth[8]).toEqual({ month: 9, certificateKopecks: 0, coPaymentKopecks: 150_000 });
    expect(split).toMatchObject({
      totalPriceKopecks: 1_350_000,
      certificateTotalKopecks: 1_160_900,
      coPaymentTotalKopecks: 189_100,
      remainingKopecks: 0,
    });
  });

  it('leaves the rest of the balance for another program when the program costs less', () => {
    expect(splitPrice({ monthlyPriceKopecks: 100_000, months: 9, balanceKopecks: 1_160_900 })).toMatchObject({
      certificateTotalKopecks: 900_000,
      coPaymentTotalKopecks: 0,
      remainingKopecks: 260_900,
    });
  });

  it('adds up to the price every month and in total, never negative', () => {
    fc.assert(
      fc.property(input, (given) => {
        const split = splitPrice(given);
        expect(split.perMonth).toHaveLength(given.months);
        for (const m of split.perMonth) {
          expect(m.certificateKopecks + m.coPaymentKopecks).toBe(given.monthlyPriceKopecks);
          expect(m.certificateKopecks).toBeGreaterThanOrEqual(0);
          expect(m.coPaymentKopecks).toBeGreaterThanOrEqual(0);
        }
        expect(split.certificateTotalKopecks + split.coPaymentTotalKopecks).toBe(split.totalPriceKopecks);
        expect(split.totalPriceKopecks).toBe(given.monthlyPriceKopecks * given.months);
        expect(split.perMonth.reduce((sum, m) => sum + m.certificateKopecks, 0)).toBe(split.certificateTotalKopecks);
        expect(split.perMonth.reduce((sum, m) => sum + m.coPaymentKopecks, 0)).toBe(split.coPaymentTotalKopecks);
      }),
    );
  });

  it('never pays past the balance, and what remains is the balance less the certificate share', () => {
    fc.assert(
      fc.property(input, (given) => {
        const split = splitPrice(given);
        expect(split.certificateTotalKopecks).toBeLessThanOrEqual(given.balanceKopecks);
        expect(split.certificateTotalKopecks).toBe(Math.min(given.balanceKopecks, split.totalPriceKopecks));
        expect(split.remainingKopecks).toBe(given.balanceKopecks - split.certificateTotalKopecks);
        expect(split.remainingKopecks).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('charges the certificate month by month in order: no co-payment before the balance is spent', () => {
    fc.assert(
      fc.property(input, (given) => {
        const { perMonth } = splitPrice(given);
        const firstCoPaid = perMonth.findIndex((m) => m.coPaymentKopecks > 0);
        if (firstCoPaid < 0) return;
        expect(perMonth.slice(firstCoPaid + 1).every((m) => m.certificateKopecks === 0)).toBe(true);
      }),
    );
  });

  it('refuses fractions, negatives and impossible terms with BAD_USER_INPUT', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('monthlyPriceKopecks', 'balanceKopecks', 'months'),
        fc.constantFrom(0.5, 1500.25, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53),
        (given, field, bad) => {
          expect(code(() => splitPrice({ ...given, [field]: bad }))).toBe('BAD_USER_INPUT');
        },
      ),
    );
    expect(code(() => splitPrice({ monthlyPriceKopecks: 1, months: 0, balanceKopecks: 1 }))).toBe('BAD_USER_INPUT');
    expect(code(() => splitPrice({ monthlyPriceKopecks: 1, months: MAX_MONTHS + 1, balanceKopecks: 1 }))).toBe('BAD_USER_INPUT');
  });
});

describe('monthShare', () => {
  it('charged month by month from the reservation reproduces the split shown before enrolment', () => {
    fc.assert(
      fc.property(input, (given) => {
        const split = splitPrice(given);
        let held = split.certificateTotalKopecks;
        for (const month of split.perMonth) {
          const charged = monthShare(given.monthlyPriceKopecks, held);
          expect(charged).toEqual({ certificateKopecks: month.certificateKopecks, coPaymentKopecks: month.coPaymentKopecks });
          held -= charged.certificateKopecks;
        }
        expect(held).toBe(0);
      }),
    );
  });

  it('has the parent pay the whole price when nothing is held', () => {
    expect(monthShare(150_000, 0)).toEqual({ certificateKopecks: 0, coPaymentKopecks: 150_000 });
    expect(monthShare(150_000, -5)).toEqual({ certificateKopecks: 0, coPaymentKopecks: 150_000 });
  });
});

describe("a certificate's year, for any prices, normatives and enrolment orders", () => {
  const enrolment = fc.record({ monthlyPriceKopecks: kopecks, months: fc.integer({ min: 1, max: 12 }), leavesAfter: fc.nat(12) });

  it('pays each month exactly its price, never overdraws, and its movements sum to opening − balance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), fc.array(enrolment, { maxLength: 8 }), (normative, enrolments) => {
        // reservations in the order the requests arrive, as billing makes them
        let balance = normative;
        let charged = 0;
        const movements: number[] = [normative];
        const held = enrolments.map((e) => {
          const { certificateTotalKopecks } = splitPrice({ ...e, balanceKopecks: balance });
          balance -= certificateTotalKopecks;
          movements.push(-certificateTotalKopecks);
          return certificateTotalKopecks;
        });
        // the months are charged from what each enrolment holds; a parent who leaves gets the rest back
        enrolments.forEach((e, i) => {
          const ran = Math.min(e.months, e.leavesAfter);
          for (let month = 0; month < ran; month += 1) {
            const charge = monthShare(e.monthlyPriceKopecks, held[i]!);
            expect(charge.certificateKopecks + charge.coPaymentKopecks).toBe(e.monthlyPriceKopecks);
            held[i]! -= charge.certificateKopecks;
            charged += charge.certificateKopecks;
            movements.push(charge.certificateKopecks, -charge.certificateKopecks);
          }
          movements.push(held[i]!);
          balance += held[i]!;
          held[i] = 0;
          expect(balance).toBeGreaterThanOrEqual(0);
        });
        expect(balance).toBeGreaterThanOrEqual(0);
        expect(balance).toBe(normative - charged);
        expect(movements.reduce((sum, amount) => sum + amount, 0)).toBe(balance);
      }),
    );
  });
});
