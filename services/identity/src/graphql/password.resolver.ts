import { passwordResetRequested, publish } from '@pdo/events';
import { DomainError, forbidden, notFound, parseEmailAddress, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../domain/password';
import { looksLikeEmail, mayResend, recoveryExpiry, recoveryUsable } from '../domain/password-recovery.rules';
import { randomSecret, sha256 } from '../domain/secret-token';
import { temporaryPassword } from '../domain/temporary-password';
import { PasswordRecoveryEntity } from '../entities/password-recovery.entity';
import { SignInFailureEntity } from '../entities/sign-in-failure.entity';
import { UserEntity } from '../entities/user.entity';
import { passwordRecoveryUrl } from '../identity.config';
import {
  ChangePasswordInput,
  changePasswordInputSchema,
  PasswordReset,
  RecoverPasswordInput,
  recoverPasswordInputSchema,
  recoveryRequestSchema,
} from './password.input';
import { issueRefreshToken, revokeAllOf, sessionPayload, toUser } from './session.tokens';
import { SignInPayload } from './sign-in.input';

/** Operators restore access for families only; a staff account is never handed over by a colleague. */
const RESETTABLE_ROLES: readonly string[] = ['parent', 'child'];

@Resolver()
export class PasswordResolver {
  @Authorized('operator')
  @Mutation(() => PasswordReset, {
    description:
      'Сбросить пароль родителя или обучающегося своего муниципалитета: выдаётся временный пароль, прежние сеансы завершаются',
  })
  async resetPassword(
    @Arg('userId', () => ID) userId: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<PasswordReset> {
    if (!z.uuid().safeParse(userId).success) throw notFound('Пользователь не найден.');
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
    return { temporaryPassword: password, user: toUser(user) };
  }

  @Authorized()
  @Mutation(() => SignInPayload, {
    description: 'Сменить свой пароль; все прежние сеансы завершаются, этот получает новые токены',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    const { viewer, dataSource } = context;
    if (viewer.viaApiKey || !viewer.userId) throw forbidden('Сменить пароль может только сам пользователь.');
    const userId = viewer.userId;
    const { currentPassword, newPassword } = parseInput(changePasswordInputSchema, input);
    const passwordHash = await hashPassword(newPassword);
    const outcome = await dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('Пользователь не найден.');
      if (!(await verifyPassword(user.passwordHash, currentPassword))) return null;
      const now = new Date();
      await manager.update(UserEntity, { id: userId }, { passwordHash, mustChangePassword: false });
      await revokeAllOf(manager, userId, now);
      return {
        user: { ...user, mustChangePassword: false },
        refreshToken: await issueRefreshToken(manager, userId, now),
      };
    });
    if (!outcome) throw new DomainError('INVALID_CREDENTIALS', 'Текущий пароль указан неверно.');
    return sessionPayload(context, outcome.user, outcome.refreshToken, 'cookie');
  }

  @Mutation(() => Boolean, {
    description:
      'Попросить ссылку для восстановления пароля по логину или e-mail. Ответ всегда true: он не выдаёт, есть ли такой пользователь',
  })
  async requestPasswordRecovery(
    @Arg('loginOrEmail', () => String) loginOrEmail: string,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<boolean> {
    const typed = parseInput(recoveryRequestSchema, loginOrEmail).toLowerCase();
    // addresses are kept in parseEmailAddress's form, so «…@xn--p1ai» finds one saved as «…@рф»
    const key = looksLikeEmail(typed) ? (parseEmailAddress(typed) ?? typed) : typed;
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
    return true;
  }

  @Mutation(() => SignInPayload, {
    description: 'Задать новый пароль по ссылке из письма; прежние сеансы завершаются, этот получает новые токены',
  })
  async recoverPassword(
    @Arg('input', () => RecoverPasswordInput) input: RecoverPasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    const { dataSource } = context;
    const { token, newPassword } = parseInput(recoverPasswordInputSchema, input);
    const passwordHash = await hashPassword(newPassword);
    const outcome = await dataSource.transaction(async (manager) => {
      const now = new Date();
      const recovery = await manager.findOne(PasswordRecoveryEntity, {
        where: { tokenHash: sha256(token) },
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
    return sessionPayload(context, outcome.user, outcome.refreshToken, 'cookie');
  }
}
