import { forbidden, notFound, parseEmailAddress, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { looksLikeEmail } from '../domain/password-recovery.rules';
import { changePassword, recoverPassword, requestPasswordRecovery, resetPassword } from '../operations/password.operations';
import {
  ChangePasswordInput,
  changePasswordInputSchema,
  PasswordReset,
  RecoverPasswordInput,
  recoveryRequestSchema,
} from './password.input';
import { sessionPayload, toUser } from './session.tokens';
import { SignInPayload } from './sign-in.input';

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
    const reset = await resetPassword(dataSource, viewer, userId);
    return { temporaryPassword: reset.temporaryPassword, user: toUser(reset.user) };
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
    const signedIn = await changePassword(dataSource, viewer.userId, parseInput(changePasswordInputSchema, input));
    return sessionPayload(context, signedIn.user, signedIn.refreshToken, 'cookie');
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
    await requestPasswordRecovery(dataSource, looksLikeEmail(typed) ? (parseEmailAddress(typed) ?? typed) : typed);
    return true;
  }

  @Mutation(() => SignInPayload, {
    description: 'Задать новый пароль по ссылке из письма; прежние сеансы завершаются, этот получает новые токены',
  })
  async recoverPassword(
    @Arg('input', () => RecoverPasswordInput) input: RecoverPasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    const signedIn = await recoverPassword(context.dataSource, parseInput(RecoverPasswordInput.schema, input));
    return sessionPayload(context, signedIn.user, signedIn.refreshToken, 'cookie');
  }
}
