import { badInput } from '@pdo/service-kit/domain';

export interface PriceSplitInput {
  monthlyPriceKopecks: number;
  months: number;
  balanceKopecks: number;
}

export interface MonthSplit {
  /** 1 for the first month of the program */
  month: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

export interface PriceSplit {
  perMonth: MonthSplit[];
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  /** what stays on the certificate for another program */
  remainingKopecks: number;
}

/** Long enough for any program; keeps the per-month list small. */
export const MAX_MONTHS = 120;

function requireKopecks(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw badInput('Сумма указывается целым неотрицательным числом копеек.', field);
}

/**
 * One month of an enrolment: the certificate pays from what is still held for it, up to the price, and the
 * parent the difference. The month-end SQL charges with the same `LEAST(price, held)`.
 */
export function monthShare(priceKopecks: number, heldKopecks: number): Omit<MonthSplit, 'month'> {
  const certificateKopecks = Math.min(priceKopecks, Math.max(heldKopecks, 0));
  return { certificateKopecks, coPaymentKopecks: priceKopecks - certificateKopecks };
}

/**
 * The certificate pays `min(price, remaining)` each month in order and the parent only the difference
 * (leaflet: «доплата … только в объеме разницы»); whatever the program does not use stays on the certificate.
 */
export function splitPrice({ monthlyPriceKopecks, months, balanceKopecks }: PriceSplitInput): PriceSplit {
  requireKopecks(monthlyPriceKopecks, 'monthlyPriceKopecks');
  requireKopecks(balanceKopecks, 'balanceKopecks');
  if (!Number.isSafeInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw badInput(`Срок обучения — целое число месяцев от 1 до ${MAX_MONTHS}.`, 'months');
  }
  const perMonth: MonthSplit[] = [];
  let remaining = balanceKopecks;
  for (let month = 1; month <= months; month += 1) {
    const share = monthShare(monthlyPriceKopecks, remaining);
    remaining -= share.certificateKopecks;
    perMonth.push({ month, ...share });
  }
  const certificateTotalKopecks = balanceKopecks - remaining;
  const totalPriceKopecks = monthlyPriceKopecks * months;
  return {
    perMonth,
    totalPriceKopecks,
    certificateTotalKopecks,
    coPaymentTotalKopecks: totalPriceKopecks - certificateTotalKopecks,
    remainingKopecks: remaining,
  };
}
