import { parseEmailAddress } from '@pdo/service-kit/domain';

export const GOSUSLUGI_SIGN_IN_TTL_MS = 10 * 60_000;

export const gosuslugiSignInExpiry = (now: Date): Date => new Date(now.getTime() + GOSUSLUGI_SIGN_IN_TTL_MS);

/** What Gosuslugi tells about the person (OpenID Connect claims, ESIA's extras optional). */
export interface GosuslugiClaims {
  sub: string;
  family_name?: unknown;
  given_name?: unknown;
  middle_name?: unknown;
  email?: unknown;
  email_verified?: unknown;
  snils?: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** "Иванова Мария Петровна"; falls back to a neutral name when Gosuslugi shares none. */
export function displayNameFrom(claims: GosuslugiClaims): string {
  const parts = [claims.family_name, claims.given_name, claims.middle_name].map(text).filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : 'Пользователь Госуслуг';
}

/** The e-mail to keep for password recovery: only one Gosuslugi has confirmed. */
export function verifiedEmailFrom(claims: GosuslugiClaims): string | null {
  const email = text(claims.email);
  return email && claims.email_verified === true ? parseEmailAddress(email) : null;
}

/**
 * SNILS as 11 digits when its check number is right, else null. The check number is the sum of the first
 * nine digits weighted 9…1, taken modulo 101, with 100 written as 00.
 */
export function normalizeSnils(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const sum = [...digits.slice(0, 9)].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const check = (sum % 101) % 100;
  return check === Number(digits.slice(9)) ? digits : null;
}

/** A login for an account created by Gosuslugi: never typed by the person, only unique. */
export const gosuslugiLogin = (suffix: string): string => `gu-${suffix.toLowerCase()}`;
