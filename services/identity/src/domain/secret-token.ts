import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

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

const SEAL_INFO = 'pdo refresh successor';
const sealKey = (secret: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), SEAL_INFO, 32));

/**
 * A value encrypted (AES-256-GCM) under a key derived from `secret`: only whoever presents the secret can open it.
 * The database keeps a rotated refresh token's successor so, and the rotated token only as its hash.
 */
export function sealWith(secret: string, value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  const encrypted = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
}

/** The sealed value, or null if `secret` is not the one it was sealed with or the seal was tampered with. */
export function openWith(secret: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < 28) return null;
  const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
