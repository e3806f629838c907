/** Youngest and oldest ages a certificate group may span (the certificate ends at 18). */
export const GROUP_MIN_AGE = 5;
export const GROUP_MAX_AGE = 18;

/**
 * A group admits ages in [minAge, maxAge) (see age.ts), so an empty range would admit nobody:
 * 5 ≤ minAge < maxAge ≤ 18, whole years.
 */
export const isAgeRange = (minAge: number, maxAge: number) =>
  Number.isInteger(minAge) && Number.isInteger(maxAge) && minAge >= GROUP_MIN_AGE && maxAge <= GROUP_MAX_AGE && minAge < maxAge;

/** Digits of a Russian phone number written as +7… or 8…, with spaces, brackets and hyphens between them. */
export function phoneDigits(phone: string): string | null {
  if (!/^(\+7|8)[\d\s()-]+$/.test(phone)) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 ? digits : null;
}

export const isPhoneNumber = (phone: string) => phoneDigits(phone) !== null;
