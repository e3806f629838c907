import {
  hashConfirmationToken,
  isConfirmationTokenShape,
  LETTERS_PER_DAY,
  mayResend,
  newConfirmationToken,
} from './confirmation';

const at = (iso: string) => new Date(iso);

describe('confirmation token', () => {
  it('is 32 random bytes in base64url, stored as its sha256', () => {
    const { token, hash } = newConfirmationToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isConfirmationTokenShape(token)).toBe(true);
    expect(hash).toBe(hashConfirmationToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });

  it('differs every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newConfirmationToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('rejects other shapes', () => {
    for (const token of ['', 'abc', `${'a'.repeat(42)}=`, 'a'.repeat(44), `${'a'.repeat(42)}+`]) {
      expect(isConfirmationTokenShape(token)).toBe(false);
    }
  });
});

describe('mayResend', () => {
  const now = at('2026-06-11T12:00:00Z');

  it('waits 60 seconds after the last letter', () => {
    expect(mayResend([at('2026-06-11T11:59:01Z')], now)).toBe(false);
    expect(mayResend([at('2026-06-11T11:59:00Z')], now)).toBe(true);
  });

  it('allows the first letter and five resends within 24 hours, then refuses', () => {
    const hourly = (n: number) => Array.from({ length: n }, (_, i) => new Date(now.getTime() - (i + 1) * 60 * 60 * 1000));
    expect(mayResend(hourly(LETTERS_PER_DAY - 1), now)).toBe(true);
    expect(mayResend(hourly(LETTERS_PER_DAY), now)).toBe(false);
  });

  it('forgets letters older than a day', () => {
    const old = Array.from({ length: 10 }, (_, i) => new Date(now.getTime() - 24 * 60 * 60 * 1000 - i * 1000));
    expect(mayResend(old, now)).toBe(true);
  });
});
