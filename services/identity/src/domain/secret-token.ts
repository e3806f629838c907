import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: what refresh tokens and API keys are made of (256 bits, never guessed). */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as their SHA-256; a stolen table gives nothing to present. Hex, 64 characters. */
export const sha256 = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Compares two stored hashes without leaking where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
