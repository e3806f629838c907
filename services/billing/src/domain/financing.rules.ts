import type { AccountingOnlyReason } from './accounting-only.reason';

export interface FinancingRoom {
  /** certificates of this normative already financed in the period */
  financedCount: number;
  quota: number;
  /** what those certificates were opened with, together */
  committedKopecks: number;
  budgetKopecks: number;
  amountKopecks: number;
}

/** A certificate gets money only while the quota has a place and the budget covers its whole normative. */
export function financingRefusal({
  financedCount,
  quota,
  committedKopecks,
  budgetKopecks,
  amountKopecks,
}: FinancingRoom): AccountingOnlyReason | null {
  if (financedCount >= quota) return 'QUOTA_EXHAUSTED';
  if (committedKopecks + amountKopecks > budgetKopecks) return 'BUDGET_EXHAUSTED';
  return null;
}
