import { badInput } from '@pdo/service-kit';
import { assertPeriod } from './period';

export interface NormativeTerms {
  periodStart: string;
  amountKopecks: number;
  quota: number;
  budgetKopecks: number;
  effectiveFrom?: string;
}

/** A normative's figures are whole, non-negative numbers for a school year that starts on 1 September. */
export function assertNormative({ periodStart, amountKopecks, quota, budgetKopecks, effectiveFrom }: NormativeTerms): void {
  if (!Number.isSafeInteger(amountKopecks) || amountKopecks < 0) {
    throw badInput('Норматив указывается целым неотрицательным числом копеек.', 'amountKopecks');
  }
  if (!Number.isSafeInteger(quota) || quota < 0) throw badInput('Число сертификатов — целое неотрицательное число.', 'quota');
  if (!Number.isSafeInteger(budgetKopecks) || budgetKopecks < 0) {
    throw badInput('Бюджет указывается целым неотрицательным числом копеек.', 'budgetKopecks');
  }
  assertPeriod(periodStart, effectiveFrom);
}
