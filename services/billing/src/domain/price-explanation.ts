import type { PriceSplit } from './price-split';

export interface PriceExplanation {
  /** the first month of the program (1-based) the family pays for, null when the certificate covers it all */
  coPaymentFromMonth: number | null;
  /** what the family pays in that month */
  coPaymentFromMonthKopecks: number;
  /** the program would use all that is left on the certificate this school year */
  takesWholeBalance: boolean;
}

/** What the parent must see before enrolling: from which month they pay, how much, and whether nothing is left. */
export function explainSplit(
  split: Pick<PriceSplit, 'perMonth' | 'certificateTotalKopecks' | 'remainingKopecks'>,
): PriceExplanation {
  const first = split.perMonth.find((month) => month.coPaymentKopecks > 0);
  return {
    coPaymentFromMonth: first?.month ?? null,
    coPaymentFromMonthKopecks: first?.coPaymentKopecks ?? 0,
    takesWholeBalance: split.certificateTotalKopecks > 0 && split.remainingKopecks === 0,
  };
}
