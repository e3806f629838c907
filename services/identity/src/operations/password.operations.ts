import { passwordResetRequested, publish } from '@pdo/events';
import { DomainError, forbidden, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../domain/password';
import { looksLikeEmail, mayResend, recoveryExpiry, recoveryUsable } from '../domain/password-recovery.rules';
import { randomSecret, sha256 } from '../domain/secret-token';
import { temporaryPassword } from '../domain/temporary-password';
import { PasswordRecoveryEntity } from '../entities/password-recovery.entity';
import { SignInFailureEntity } from '../entities/sign-in-failure.entity';
import { UserEntity } from '../entities/user.entity';
import { passwordRecoveryUrl } from '../identity.config';
import { issueRefreshToken, revokeAllOf } from './refresh-tokens';
import type { SignedIn } from './session.operations';

/** Operators restore access for families only; a staff account is never handed over by a colleague. */
const RESETTABLE_ROLES: readonly string[] = ['parent', 'child'];

/** A temporary password for a parent or pupil of the operator's municipality; earlier sessions end. */
export async function resetPassword(
  dataSource: DataSource,
  viewer: Viewer,
  userId: string,
): Promise<{ temporaryPassword: string; user: UserEntity }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await dataSource.transaction(async (manager) => {
    const found = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw notFound('Пользователь не найден.');
    if (
      !viewer.municipalityCode ||
      found.municipalityCode !== viewer.municipalityCode ||
      !found.roles.every((r) => RESETTABLE_ROLES.includes(r))
    ) {
      throw forbidden('Сбросить пароль можно только родителю или обучающемуся своего муниципалитета.');
    }
    const now = new Date();
    const changes = { passwordHash, mustChangePassword: true, passwordResetBy: viewer.userId, passwordResetAt: now };
    await manager.update(UserEntity, { id: userId }, changes);
    await revokeAllOf(manager, userId, now);
    // the person may have locked themselves out by guessing; the new password works at once
    await manager.delete(SignInFailureEntity, { login: found.login });
    return found;
  });
  return { temporaryPassword: password, user };
}

/** The user's own change: every earlier session ends, this one gets new tokens. */
export async function changePassword(
  dataSource: DataSource,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.newPassword);
  const outcome = await dataSource.transaction(async (manager) => {
    const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound('Пользователь не найден.');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) return null;
    const now = new Date();
    await manager.update(UserEntity, { id: userId }, { passwordHash, mustChangePassword: false });
    await revokeAllOf(manager, userId, now);
    return {
      user: { ...user, mustChangePassword: false },
      refreshToken: await issueRefreshToken(manager, userId, now),
    };
  });
  if (!outcome) throw new DomainError('INVALID_CREDENTIALS', 'Текущий пароль указан неверно.');
  return outcome;
}

/** A recovery link by e-mail, at most once per resend interval; nothing tells whether the user exists. */
export async function requestPasswordRecovery(dataSource: DataSource, key: string): Promise<void> {
  const token = randomSecret();
  await dataSource.transaction(async (manager) => {
    const user = await manager
      .createQueryBuilder(UserEntity, 'user')
      .where(looksLikeEmail(key) ? 'lower(user.email) = :key' : 'user.login = :key', { key })
      .setLock('pessimistic_write')
      .getOne();
    if (!user?.email) return;
    const last = await manager.findOne(PasswordRecoveryEntity, {
      where: { userId: user.id },
      order: { requestedAt: 'DESC' },
    });
    const now = new Date();
    if (!mayResend(last?.requestedAt ?? null, now)) return;
    const expiresAt = recoveryExpiry(now);
    await manager.insert(PasswordRecoveryEntity, { userId: user.id, tokenHash: sha256(token), requestedAt: now, expiresAt });
    await publish(manager, passwordResetRequested, user.id, {
      userId: user.id,
      email: user.email,
      resetUrl: passwordRecoveryUrl(token),
      expiresAt: expiresAt.toISOString(),
    });
  });
}

/** A new password by the link from the letter; earlier sessions end, this one gets new tokens. */
export async function recoverPassword(dataSource: DataSource, input: { token: string; newPassword: string }): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.newPassword);
  const outcome = await dataSource.transaction(async (manager) => {
    const now = new Date();
    const recovery = await manager.findOne(PasswordRecoveryEntity, {
      where: { tokenHash: sha256(input.token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!recovery || !recoveryUsable(recovery, now)) return null;
    await manager.update(PasswordRecoveryEntity, { id: recovery.id }, { usedAt: now });
    await manager.update(UserEntity, { id: recovery.userId }, { passwordHash, mustChangePassword: false });
    await revokeAllOf(manager, recovery.userId, now);
    const user = await manager.findOneByOrFail(UserEntity, { id: recovery.userId });
    await manager.delete(SignInFailureEntity, { login: user.login });
    return { user, refreshToken: await issueRefreshToken(manager, user.id, now) };
  });
  if (!outcome) {
    throw new DomainError(
      'INVALID_RECOVERY_TOKEN',
      'Ссылка для восстановления пароля устарела или уже использована. Запросите новую.',
    );
  }
  return outcome;
}
