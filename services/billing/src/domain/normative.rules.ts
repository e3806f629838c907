import { badInput, DomainError, formatRubles } from '@pdo/service-kit/domain';
import { assertPeriod } from './period';

/**
 * The certificates events carry a group id but not its name, and billing keeps no copy of the groups
 * yet; every certificate is financed by its municipality's default group normative until they do.
 */
export const DEFAULT_GROUP_NAME = 'Дети в возрасте от 5 до 18 лет';

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

export interface Commitments {
  /** certificates already financed under this normative */
  financed: number;
  /** what they were opened with: money the municipality has already promised */
  committedKopecks: number;
}

/** DOMAIN.md: a budget cannot be set below what certificates already hold, nor the quota below those financed. */
export function assertCoversCommitments(terms: Pick<NormativeTerms, 'quota' | 'budgetKopecks'>, held: Commitments): void {
  if (terms.budgetKopecks < held.committedKopecks) {
    throw new DomainError(
      'BUDGET_BELOW_COMMITTED',
      `Бюджет нельзя сделать меньше уже выделенного на сертификаты: ${formatRubles(held.committedKopecks)} ` +
        `(${held.financed} серт.). Укажите не меньше этой суммы.`,
      { field: 'budgetKopecks', committedKopecks: held.committedKopecks, financed: held.financed },
    );
  }
  if (terms.quota < held.financed) {
    throw new DomainError(
      'QUOTA_BELOW_FINANCED',
      `Число сертификатов нельзя сделать меньше уже финансируемых: ${held.financed}.`,
      { field: 'quota', committedKopecks: held.committedKopecks, financed: held.financed },
    );
  }
}
