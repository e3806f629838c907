import fc from 'fast-check';
import { assertCoversCommitments, assertNormative } from './normative.rules';

const code = (run: () => void) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

const valid = { periodStart: '2026-09-01', amountKopecks: 1_160_900, quota: 5000, budgetKopecks: 5_804_500_000 };

describe('assertNormative', () => {
  it('accepts any whole non-negative figures for a 1 September period', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 2000, max: 2100 }),
        (amountKopecks, quota, budgetKopecks, year) => {
          expect(code(() => assertNormative({ periodStart: `${year}-09-01`, amountKopecks, quota, budgetKopecks }))).toBe('OK');
        },
      ),
    );
  });

  it('refuses negative or fractional figures with BAD_USER_INPUT', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('amountKopecks', 'quota', 'budgetKopecks'),
        fc.oneof(
          fc.integer({ max: -1 }),
          fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)),
        ),
        (field, bad) => {
          expect(code(() => assertNormative({ ...valid, [field]: bad }))).toBe('BAD_USER_INPUT');
        },
      ),
    );
  });

  it('refuses a period not starting on 1 September or a reversed one with BAD_PERIOD', () => {
    expect(code(() => assertNormative({ ...valid, periodStart: '2026-01-01' }))).toBe('BAD_PERIOD');
    expect(code(() => assertNormative({ ...valid, effectiveFrom: '2026-05-01' }))).toBe('BAD_PERIOD');
    expect(code(() => assertNormative({ ...valid, effectiveFrom: '2026-10-15' }))).toBe('OK');
  });
});

describe('assertCoversCommitments', () => {
  const refusal = (terms: { quota: number; budgetKopecks: number }, held: { financed: number; committedKopecks: number }) =>
    code(() => assertCoversCommitments(terms, held));

  it('refuses a budget below what certificates hold, or a quota below those financed, at the edge exactly', () => {
    const held = { financed: 3, committedKopecks: 300_000 };
    expect(refusal({ quota: 3, budgetKopecks: 300_000 }, held)).toBe('OK');
    expect(refusal({ quota: 3, budgetKopecks: 299_999 }, held)).toBe('BUDGET_BELOW_COMMITTED');
    expect(refusal({ quota: 2, budgetKopecks: 300_000 }, held)).toBe('QUOTA_BELOW_FINANCED');
  });

  it('agrees with the rule for any figures', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.nat(), (quota, budgetKopecks, financed, committedKopecks) => {
        const expected =
          budgetKopecks < committedKopecks ? 'BUDGET_BELOW_COMMITTED' : quota < financed ? 'QUOTA_BELOW_FINANCED' : 'OK';
        expect(refusal({ quota, budgetKopecks }, { financed, committedKopecks })).toBe(expected);
      }),
    );
  });

  it('tells the officer how much is committed', () => {
    expect(() => assertCoversCommitments({ quota: 9, budgetKopecks: 0 }, { financed: 1, committedKopecks: 1_160_900 })).toThrow(
      /11 609,00 руб\./,
    );
  });
});
