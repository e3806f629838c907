import { DomainError, forbidden, notFound, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../domain/password';
import { temporaryPassword } from '../domain/temporary-password';
import { SignInFailureEntity } from '../entities/sign-in-failure.entity';
import { UserEntity } from '../entities/user.entity';
import { ChangePasswordInput, changePasswordInputSchema, PasswordReset } from './password.input';
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
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<SignInPayload> {
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
        refreshToken: await issueRefreshToken(manager, userId, undefined, now),
      };
    });
    if (!outcome) throw new DomainError('INVALID_CREDENTIALS', 'Текущий пароль указан неверно.');
    return sessionPayload(outcome.user, outcome.refreshToken);
  }
}
