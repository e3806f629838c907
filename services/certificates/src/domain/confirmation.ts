import { createHash, randomBytes } from 'node:crypto';

/** A confirmation link lives 72 hours and works once. */
export const CONFIRMATION_TTL_MS = 72 * 60 * 60 * 1000;
export const RESEND_INTERVAL_MS = 60 * 1000;
/** the first letter plus five resends within any 24 hours */
export const LETTERS_PER_DAY = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url; only the sha256 is stored, so the database alone cannot confirm anything. */
export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashConfirmationToken(token) };
}

export const hashConfirmationToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const isConfirmationTokenShape = (token: string) => TOKEN.test(token);

/** May another letter go out now, given when the application's earlier letters were sent? */
export function mayResend(sentAt: readonly Date[], now: Date): boolean {
  const recent = sentAt.filter((at) => now.getTime() - at.getTime() < DAY_MS);
  const tooSoon = sentAt.some((at) => now.getTime() - at.getTime() < RESEND_INTERVAL_MS);
  return !tooSoon && recent.length < LETTERS_PER_DAY;
}
