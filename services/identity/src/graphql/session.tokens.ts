import { randomUUID } from 'node:crypto';
import { ageOn, httpOnlyCookie, kuzbassDate, signAccessToken, type RequestContext } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { PASSPORT_AGE } from '../domain/identity-document.rules';
import { REFRESH_TOKEN_TTL_MS, refreshTokenExpiry } from '../domain/refresh-token.rules';
import { ChildEntity } from '../entities/child.entity';
import { openWith, randomSecret, sealWith, sha256 } from '../domain/secret-token';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import type { UserEntity } from '../entities/user.entity';
import { identityConfig } from '../identity.config';
import type { SignInPayload } from './sign-in.input';
import type { User } from './user.type';

export const toUser = (entity: UserEntity): User => ({
  id: entity.id,
  displayName: entity.displayName,
  roles: entity.roles,
  municipalityCode: entity.municipalityCode,
  providerId: entity.providerId,
});

/** The first refresh token of a sign-in: a new family (rotation keeps the family, see rotateRefreshToken). */
export async function issueRefreshToken(manager: EntityManager, userId: string, now = new Date()): Promise<string> {
  const token = randomSecret();
  await manager.insert(RefreshTokenEntity, {
    userId,
    familyId: randomUUID(),
    tokenHash: sha256(token),
    expiresAt: refreshTokenExpiry(now),
  });
  return token;
}

/**
 * Exchanges a presented token for its successor in the same family. The successor is also kept sealed under
 * the presented token, for a parallel refresh within the grace window (successorFor).
 */
export async function rotateRefreshToken(
  manager: EntityManager,
  rotated: RefreshTokenEntity,
  presented: string,
  now: Date,
): Promise<string> {
  const successor = randomSecret();
  const successorId = randomUUID();
  // the family's one current token must stop being current before the next one is inserted
  await manager.update(RefreshTokenEntity, { id: rotated.id }, { rotatedAt: now });
  await manager.insert(RefreshTokenEntity, {
    id: successorId,
    userId: rotated.userId,
    familyId: rotated.familyId,
    tokenHash: sha256(successor),
    expiresAt: refreshTokenExpiry(now),
  });
  await manager.update(RefreshTokenEntity, { id: rotated.id }, { successorId, successorSealed: sealWith(presented, successor) });
  return successor;
}

/** The token `rotated` was exchanged for, locked, if it is of the same family. */
export async function loadSuccessor(manager: EntityManager, rotated: RefreshTokenEntity): Promise<RefreshTokenEntity | null> {
  if (!rotated.successorId) return null;
  return manager.findOne(RefreshTokenEntity, {
    where: { id: rotated.successorId, familyId: rotated.familyId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** The successor's own value, opened with the presented token; null if it does not open to that very successor. */
export function successorFor(rotated: RefreshTokenEntity, successor: RefreshTokenEntity, presented: string): string | null {
  const opened = rotated.successorSealed ? openWith(presented, rotated.successorSealed) : null;
  return opened !== null && sha256(opened) === successor.tokenHash ? opened : null;
}

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

/** A pupil's own card, once he is 14 (as identity's own rule for "self"); null for everyone else. */
async function ownChildId({ dataSource }: RequestContext, user: UserEntity): Promise<string | null> {
  if (!user.roles.includes('child')) return null;
  const child = await dataSource.getRepository(ChildEntity).findOneBy({ childUserId: user.id });
  return child && ageOn(child.birthDate, kuzbassDate(new Date())) >= PASSPORT_AGE ? child.id : null;
}

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
      childId: await ownChildId(context, user),
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

/** Ends every sign-in of the user, e.g. after a password change; returns how many tokens were still unrevoked. */
export async function revokeAllOf(manager: EntityManager, userId: string, now: Date): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(RefreshTokenEntity)
    .set({ revokedAt: now })
    .where('user_id = :userId AND revoked_at IS NULL', { userId })
    .execute();
  return result.affected ?? 0;
}

/** Ends every token of the family; returns how many were still unrevoked. */
export async function revokeFamily(manager: EntityManager, familyId: string, now: Date): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(RefreshTokenEntity)
    .set({ revokedAt: now })
    .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
    .execute();
  return result.affected ?? 0;
}
