/** The certificate group every municipality has; others (e.g. children with disabilities) may carry more. */
export const DEFAULT_CERTIFICATE_GROUP = 'Дети в возрасте от 5 до 18 лет';

/** A certificate's money is for one school year: at most twelve months of a program share it. */
const MONTHS_IN_YEAR = 12;

/**
 * What a certificate pays per month of a program: the year's normative spread over the program's months
 * in that year, rounded down to whole kopecks. Billing pays `min(price, what is left)` each month, so a
 * price above this leaves the family paying the difference in the last months.
 */
export function certificateValuePerMonth(perYearKopecks: number, durationMonths: number): number {
  return Math.floor(perYearKopecks / Math.min(Math.max(durationMonths, 1), MONTHS_IN_YEAR));
}

/** Unknown when the municipality has not set a normative: then nothing is flagged. */
export const priceExceedsCertificate = (monthlyPriceKopecks: number, valuePerMonthKopecks: number | null) =>
  valuePerMonthKopecks !== null && monthlyPriceKopecks > valuePerMonthKopecks;
