import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a download link works: long enough to click, short enough that a forwarded link soon dies. */
export const DOWNLOAD_LINK_TTL_MS = 5 * 60_000;

export type TokenCheck =
  { ok: true; documentId: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const signature = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<document id>.<expiry, unix seconds>.<HMAC-SHA256 of both>`: nothing personal in the URL, nothing to store. */
export function signDownloadToken(documentId: string, expiresAt: Date, secret: string): string {
  const payload = `${documentId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${signature(payload, secret)}`;
}

/** The signature is checked before the expiry, so a forged token never learns whether its time was right. */
export function verifyDownloadToken(token: string, secret: string, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [documentId, expiry, mac] = parts;
  if (!UUID.test(documentId) || !/^\d{1,12}$/.test(expiry)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signature(`${documentId}.${expiry}`, secret));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, documentId, expiresAt };
}
