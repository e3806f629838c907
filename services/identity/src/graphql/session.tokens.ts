import { httpOnlyCookie, signAccessToken, type RequestContext } from '@pdo/service-kit';
import { REFRESH_TOKEN_TTL_MS } from '../domain/refresh-token.rules';
import type { UserEntity } from '../entities/user.entity';
import { identityConfig } from '../identity.config';
import { ownChildId } from '../operations/session.operations';
import type { SignInPayload } from './sign-in.input';
import type { User } from './user.type';

export const toUser = (entity: UserEntity): User => ({
  id: entity.id,
  displayName: entity.displayName,
  roles: entity.roles,
  municipalityCode: entity.municipalityCode,
  providerId: entity.providerId,
});

export const REFRESH_COOKIE = 'pdo_refresh';

/** Only refreshSession and signOut (both under /graphql) ever see the cookie; scripts never do. */
const refreshCookie = (value: string, maxAgeSeconds: number) =>
  httpOnlyCookie(REFRESH_COOKIE, value, {
    maxAgeSeconds,
    path: '/graphql',
    secure: identityConfig().NODE_ENV === 'production',
  });

export const clearRefreshCookie = (context: RequestContext) => context.http?.setCookie(refreshCookie('', 0));

/**
 * Where the refresh token goes: a browser gets it only as an httpOnly cookie, so an injected script cannot
 * read it; a machine client that asked for it (or presented one) gets it in the body.
 */
export type RefreshDelivery = 'cookie' | 'body';

/** Roles come from the user row each time, so a refresh picks up a changed role. */
export async function sessionPayload(
  context: RequestContext,
  user: UserEntity,
  refreshToken: string,
  delivery: RefreshDelivery,
): Promise<SignInPayload> {
  const accessToken = await signAccessToken(
    {
      userId: user.id,
      roles: user.roles,
      municipalityCode: user.municipalityCode,
      providerId: user.providerId,
      childId: await ownChildId(context.dataSource, user),
    },
    identityConfig().JWT_PRIVATE_KEY,
  );
  if (delivery === 'cookie') context.http?.setCookie(refreshCookie(refreshToken, REFRESH_TOKEN_TTL_MS / 1000));
  return {
    accessToken,
    refreshToken: delivery === 'body' ? refreshToken : null,
    viewer: toUser(user),
    mustChangePassword: user.mustChangePassword,
  };
}
