import fc from 'fast-check';
import { REFRESH_REUSE_GRACE_MS, REFRESH_TOKEN_TTL_MS, refreshDecision, refreshTokenExpiry } from './refresh-token.rules';

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

  const current = { expiresAt: at(REFRESH_TOKEN_TTL_MS), rotatedAt: null, revokedAt: null };

  it("lead a token rotated within the grace window to its successor, while that is the family's live current token", () => {
    const rotatedAgo = (ms: number) => ({ expiresAt: at(REFRESH_TOKEN_TTL_MS), rotatedAt: at(-ms), revokedAt: null });
    expect(REFRESH_REUSE_GRACE_MS).toBe(10_000);
    expect(refreshDecision(rotatedAgo(0), now, current)).toBe('grace');
    expect(refreshDecision(rotatedAgo(REFRESH_REUSE_GRACE_MS), now, current)).toBe('grace');
    expect(refreshDecision(rotatedAgo(REFRESH_REUSE_GRACE_MS + 1), now, current)).toBe('reuse');
    expect(refreshDecision(rotatedAgo(1), now, null)).toBe('reuse');
    expect(refreshDecision(rotatedAgo(1), now, { ...current, rotatedAt: at(-1) })).toBe('reuse');
    expect(refreshDecision(rotatedAgo(1), now, { ...current, revokedAt: at(-1) })).toBe('reuse');
    expect(refreshDecision(rotatedAgo(1), now, { ...current, expiresAt: now })).toBe('reuse');
    expect(refreshDecision({ ...rotatedAgo(1), revokedAt: at(-1) }, now, current)).toBe('invalid');
    expect(refreshDecision({ ...current }, now, current)).toBe('rotate');
  });

  it('grant grace exactly to rotated, unrevoked tokens within the window whose successor is live', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * REFRESH_REUSE_GRACE_MS }),
        fc.boolean(),
        fc.option(fc.record({ rotated: fc.boolean(), revoked: fc.boolean(), expiresIn: fc.integer({ min: -1000, max: 1000 }) })),
        (rotatedAgo, revoked, next) => {
          const token = { expiresAt: at(-1), rotatedAt: at(-rotatedAgo), revokedAt: revoked ? at(-1) : null };
          const successor = next && {
            expiresAt: at(next.expiresIn),
            rotatedAt: next.rotated ? at(-1) : null,
            revokedAt: next.revoked ? at(-1) : null,
          };
          const liveSuccessor = !!next && !next.rotated && !next.revoked && next.expiresIn > 0;
          const expected = revoked ? 'invalid' : rotatedAgo <= REFRESH_REUSE_GRACE_MS && liveSuccessor ? 'grace' : 'reuse';
          expect(refreshDecision(token, now, successor)).toBe(expected);
        },
      ),
    );
  });
});
