import fc from 'fast-check';
import { REFRESH_TOKEN_TTL_MS, refreshDecision, refreshTokenExpiry } from './refresh-token.rules';

const now = new Date('2026-11-21T10:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('refresh token rules', () => {
  it('expire 30 days after issue', () => {
    expect(refreshTokenExpiry(now)).toEqual(new Date('2026-12-21T10:00:00Z'));
    expect(REFRESH_TOKEN_TTL_MS).toBe(30 * 24 * 3600 * 1000);
  });

  it('rotate a live token, refuse an unknown, expired or revoked one', () => {
    expect(refreshDecision({ expiresAt: at(1), rotatedAt: null, revokedAt: null }, now)).toBe('rotate');
    expect(refreshDecision(null, now)).toBe('invalid');
    expect(refreshDecision({ expiresAt: now, rotatedAt: null, revokedAt: null }, now)).toBe('invalid');
    expect(refreshDecision({ expiresAt: at(1), rotatedAt: null, revokedAt: at(-1) }, now)).toBe('invalid');
  });

  it('call any already rotated token reuse unless its family is already revoked, whatever its expiry', () => {
    fc.assert(
      fc.property(fc.integer({ min: -REFRESH_TOKEN_TTL_MS, max: REFRESH_TOKEN_TTL_MS }), fc.boolean(), (expiresIn, revoked) => {
        const token = { expiresAt: at(expiresIn), rotatedAt: at(-1), revokedAt: revoked ? at(-1) : null };
        expect(refreshDecision(token, now)).toBe(revoked ? 'invalid' : 'reuse');
      }),
    );
  });

  it('rotate exactly the live, unrotated, unrevoked tokens', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.boolean(), fc.boolean(), (expiresIn, rotated, revoked) => {
        const token = { expiresAt: at(expiresIn), rotatedAt: rotated ? at(-1) : null, revokedAt: revoked ? at(-1) : null };
        expect(refreshDecision(token, now) === 'rotate').toBe(expiresIn > 0 && !rotated && !revoked);
      }),
    );
  });
});
