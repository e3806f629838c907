import { looksLikeEmail, mayResend, recoveryExpiry, recoveryUsable, RECOVERY_TTL_MS } from './password-recovery.rules';

const now = new Date('2026-11-21T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('password recovery rules', () => {
  it('keeps a link an hour', () => {
    expect(recoveryExpiry(now).getTime() - now.getTime()).toBe(RECOVERY_TTL_MS);
  });

  it('sends at most one letter a minute', () => {
    expect(mayResend(null, now)).toBe(true);
    expect(mayResend(at(-59_999), now)).toBe(false);
    expect(mayResend(at(-60_000), now)).toBe(true);
  });

  it('takes a link once and before it expires', () => {
    expect(recoveryUsable(null, now)).toBe(false);
    expect(recoveryUsable({ expiresAt: at(1), usedAt: null }, now)).toBe(true);
    expect(recoveryUsable({ expiresAt: now, usedAt: null }, now)).toBe(false);
    expect(recoveryUsable({ expiresAt: at(1000), usedAt: at(-1) }, now)).toBe(false);
  });

  it('tells an e-mail from a login', () => {
    expect(looksLikeEmail('mama@mail.ru')).toBe(true);
    expect(looksLikeEmail('ivanova.m')).toBe(false);
  });
});
