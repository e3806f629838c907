export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000;

export const refreshTokenExpiry = (now: Date): Date => new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);

export interface StoredRefreshToken {
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * What presenting a refresh token leads to. A token already exchanged once means someone else holds a
 * copy (or the client replayed it), so the whole family goes — even if that token has expired since.
 */
export type RefreshDecision = 'rotate' | 'reuse' | 'invalid';

export function refreshDecision(token: StoredRefreshToken | null, now: Date): RefreshDecision {
  if (!token || token.revokedAt) return 'invalid';
  if (token.rotatedAt) return 'reuse';
  return token.expiresAt.getTime() > now.getTime() ? 'rotate' : 'invalid';
}
