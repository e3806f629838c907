export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000;

/**
 * How long a just-rotated token still leads to its successor: two tabs refreshing with the same cookie at
 * once must not end the sign-in. Short, because within it a thief with a copy gets the successor too.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;

export const refreshTokenExpiry = (now: Date): Date => new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);

export interface StoredRefreshToken {
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * What presenting a refresh token leads to. A token already exchanged once means someone else holds a
 * copy (or the client replayed it), so the whole family goes — even if that token has expired since —
 * unless it was exchanged moments ago and the token it was exchanged for is still the family's current one:
 * then the caller raced the exchange and gets that same successor (`grace`).
 */
export type RefreshDecision = 'rotate' | 'grace' | 'reuse' | 'invalid';

const live = (token: StoredRefreshToken, now: Date) =>
  !token.rotatedAt && !token.revokedAt && token.expiresAt.getTime() > now.getTime();

/** `successor` is the token this one was rotated into, of the same family, if any. */
export function refreshDecision(
  token: StoredRefreshToken | null,
  now: Date,
  successor: StoredRefreshToken | null = null,
): RefreshDecision {
  if (!token || token.revokedAt) return 'invalid';
  if (token.rotatedAt) {
    const sinceRotation = now.getTime() - token.rotatedAt.getTime();
    return sinceRotation <= REFRESH_REUSE_GRACE_MS && successor && live(successor, now) ? 'grace' : 'reuse';
  }
  return token.expiresAt.getTime() > now.getTime() ? 'rotate' : 'invalid';
}
