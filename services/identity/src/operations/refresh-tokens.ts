import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { refreshTokenExpiry } from '../domain/refresh-token.rules';
import { openWith, randomSecret, sealWith, sha256 } from '../domain/secret-token';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';

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
