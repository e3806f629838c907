import { DomainError, forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { refreshSession, signOut, signOutEverywhere } from '../operations/session.operations';
import { clearRefreshCookie, REFRESH_COOKIE, sessionPayload, type RefreshDelivery } from './session.tokens';
import { refreshTokenSchema, SignInPayload } from './sign-in.input';

const invalidRefreshToken = () => new DomainError('INVALID_REFRESH_TOKEN', 'Сеанс истёк или завершён. Войдите снова.');

/** A machine client passes its token as the argument; a browser's comes in the httpOnly cookie. */
function presentedToken(context: RequestContext, argument: string | null): { token: string; delivery: RefreshDelivery } {
  if (argument !== null) return { token: parseInput(refreshTokenSchema, argument), delivery: 'body' };
  const cookie = context.http?.cookies[REFRESH_COOKIE];
  if (!cookie || !refreshTokenSchema.safeParse(cookie).success) throw invalidRefreshToken();
  return { token: cookie, delivery: 'cookie' };
}

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInPayload, {
    description:
      'Обменять токен обновления на новую пару токенов. Каждый токен обновления годится один раз; повтор в течение 10 секунд (две вкладки обновляют сеанс одновременно) получает тот же новый токен, позже — завершает сеанс',
  })
  async refreshSession(
    @Arg('refreshToken', () => String, {
      nullable: true,
      description: 'Только для программ; браузер не передаёт его — токен приходит в httpOnly-cookie',
    })
    refreshToken: string | null,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    const { token, delivery } = presentedToken(context, refreshToken ?? null);
    const outcome = await refreshSession(context.dataSource, token);
    if (outcome.decision !== 'rotate' && delivery === 'cookie') clearRefreshCookie(context);
    if (outcome.decision === 'reuse') {
      throw new DomainError(
        'REFRESH_TOKEN_REUSED',
        'Этот сеанс уже использовался в другом месте и завершён ради безопасности. Войдите снова.',
      );
    }
    if (outcome.decision === 'invalid') throw invalidRefreshToken();
    return sessionPayload(context, outcome.user, outcome.refreshToken, delivery);
  }

  @Mutation(() => Boolean, { description: 'Выйти: токен обновления этого входа и все его преемники перестают действовать' })
  async signOut(
    @Arg('refreshToken', () => String, { nullable: true, description: 'Только для программ; браузер выходит по cookie' })
    refreshToken: string | null,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const presented = refreshToken != null ? parseInput(refreshTokenSchema, refreshToken) : context.http?.cookies[REFRESH_COOKIE];
    clearRefreshCookie(context);
    if (!presented) return true;
    await signOut(context.dataSource, presented);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Выйти на всех устройствах: все токены обновления пользователя перестают действовать (выданные токены доступа живут до 15 минут)',
  })
  async signOutEverywhere(@Ctx() context: RequestContext): Promise<boolean> {
    const { viewer, dataSource } = context;
    if (viewer.viaApiKey || !viewer.userId) throw forbidden('Завершить сеансы может только сам пользователь.');
    await signOutEverywhere(dataSource, viewer.userId);
    clearRefreshCookie(context);
    return true;
  }
}
