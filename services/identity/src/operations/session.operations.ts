import { ageOn, DomainError, kuzbassDate } from '@pdo/service-kit';
import { LessThanOrEqual, type DataSource } from 'typeorm';
import { PASSPORT_AGE } from '../domain/identity-document.rules';
import { DECOY_HASH, verifyPassword } from '../domain/password';
import { refreshDecision } from '../domain/refresh-token.rules';
import { sha256 } from '../domain/secret-token';
import {
  FAILURE_WINDOW_MS,
  laterRetry,
  MAX_ADDRESS_FAILURES,
  retryAfter,
  tooManyAttemptsMessage,
} from '../domain/sign-in-throttle.rules';
import { ChildEntity } from '../entities/child.entity';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { SignInFailureEntity } from '../entities/sign-in-failure.entity';
import { UserEntity } from '../entities/user.entity';
import { issueRefreshToken, loadSuccessor, revokeAllOf, revokeFamily, rotateRefreshToken, successorFor } from './refresh-tokens';

/** A user with the first refresh token of a new sign-in, or of a rotation. */
export interface SignedIn {
  user: UserEntity;
  refreshToken: string;
}

/** A pupil's own card, once he is 14 (as identity's own rule for "self"); null for everyone else. */
export async function ownChildId(dataSource: DataSource, user: UserEntity): Promise<string | null> {
  if (!user.roles.includes('child')) return null;
  const child = await dataSource.getRepository(ChildEntity).findOneBy({ childUserId: user.id });
  return child && ageOn(child.birthDate, kuzbassDate(new Date())) >= PASSPORT_AGE ? child.id : null;
}

/**
 * Sign-in by login and password, throttled per login and per client address. The failure is recorded
 * (its transaction commits) before the refusal is thrown.
 */
export async function signIn(
  dataSource: DataSource,
  input: { login: string; password: string; address: string | null },
): Promise<SignedIn> {
  const { password, address } = input;
  const key = input.login.toLowerCase();
  const outcome = await dataSource.transaction(async (manager) => {
    // Attempts on one login, and from one address, queue up here, so parallel guesses cannot all slip under the limit.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sign-in:${key}`]);
    if (address) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sign-in-address:${address}`]);
    const now = new Date();
    const expired = LessThanOrEqual(new Date(now.getTime() - FAILURE_WINDOW_MS));
    await manager.delete(SignInFailureEntity, { login: key, failedAt: expired });
    if (address) await manager.delete(SignInFailureEntity, { clientAddress: address, failedAt: expired });
    const times = (failures: SignInFailureEntity[]) => failures.map((failure) => failure.failedAt);
    const retryAt = laterRetry(
      retryAfter(times(await manager.findBy(SignInFailureEntity, { login: key })), now),
      address
        ? retryAfter(times(await manager.findBy(SignInFailureEntity, { clientAddress: address })), now, MAX_ADDRESS_FAILURES)
        : null,
    );
    // The same for unknown logins as for known ones, so the answer reveals nothing.
    if (retryAt) return { kind: 'blocked' as const, retryAt, now };
    const found = await manager.findOneBy(UserEntity, { login: key });
    const valid = await verifyPassword(found?.passwordHash ?? DECOY_HASH, password);
    if (!found || !valid) {
      await manager.insert(SignInFailureEntity, { login: key, clientAddress: address, failedAt: now });
      return { kind: 'failed' as const };
    }
    // The address keeps its failures: one right password must not hide a sweep over other logins.
    await manager.delete(SignInFailureEntity, { login: key });
    return {
      kind: 'signed-in' as const,
      user: found,
      refreshToken: await issueRefreshToken(manager, found.id, now),
    };
  });
  if (outcome.kind === 'blocked') {
    throw new DomainError('TOO_MANY_ATTEMPTS', tooManyAttemptsMessage(outcome.retryAt, outcome.now), {
      retryAt: outcome.retryAt.toISOString(),
    });
  }
  if (outcome.kind === 'failed') throw new DomainError('INVALID_CREDENTIALS', 'Ваш логин/пароль не подходит.');
  return { user: outcome.user, refreshToken: outcome.refreshToken };
}

export type RefreshOutcome = ({ decision: 'rotate' } & SignedIn) | { decision: 'invalid' } | { decision: 'reuse' };

/**
 * Exchanges a refresh token for its successor. A second refresh of the same token within the grace window
 * gets the same successor; a later reuse ends the whole family.
 */
export function refreshSession(dataSource: DataSource, token: string): Promise<RefreshOutcome> {
  const tokenHash = sha256(token);
  return dataSource.transaction(async (manager): Promise<RefreshOutcome> => {
    const now = new Date();
    // A second refresh of the same token waits here and then sees it rotated, with its successor.
    const stored = await manager.findOne(RefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
    const successor = stored?.rotatedAt ? await loadSuccessor(manager, stored) : null;
    const decision = refreshDecision(stored, now, successor);
    if (!stored || decision === 'invalid') return { decision: 'invalid' };
    const sameSuccessor = decision === 'grace' && successor ? successorFor(stored, successor, token) : null;
    if (decision === 'reuse' || (decision === 'grace' && !sameSuccessor)) {
      await revokeFamily(manager, stored.familyId, now);
      return { decision: 'reuse' };
    }
    const user = await manager.findOneByOrFail(UserEntity, { id: stored.userId });
    return {
      decision: 'rotate',
      user,
      refreshToken: sameSuccessor ?? (await rotateRefreshToken(manager, stored, token, now)),
    };
  });
}

/** Ends the token's family; an unknown token is already signed out, and the answer is the same so it reveals nothing. */
export async function signOut(dataSource: DataSource, token: string): Promise<void> {
  const tokenHash = sha256(token);
  await dataSource.transaction(async (manager) => {
    const stored = await manager.findOneBy(RefreshTokenEntity, { tokenHash });
    if (stored) await revokeFamily(manager, stored.familyId, new Date());
  });
}

export async function signOutEverywhere(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.transaction((manager) => revokeAllOf(manager, userId, new Date()));
}
