import { DomainError, forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { refreshDecision } from '../domain/refresh-token.rules';
import { sha256 } from '../domain/secret-token';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { UserEntity } from '../entities/user.entity';
import {
  clearRefreshCookie,
  loadSuccessor,
  REFRESH_COOKIE,
  revokeAllOf,
  revokeFamily,
  rotateRefreshToken,
  sessionPayload,
  successorFor,
  type RefreshDelivery,
} from './session.tokens';
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
    const tokenHash = sha256(token);
    const outcome = await context.dataSource.transaction(async (manager) => {
      const now = new Date();
      // A second refresh of the same token waits here and then sees it rotated, with its successor.
      const stored = await manager.findOne(RefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      const successor = stored?.rotatedAt ? await loadSuccessor(manager, stored) : null;
      const decision = refreshDecision(stored, now, successor);
      if (!stored || decision === 'invalid') return { decision: 'invalid' as const };
      const sameSuccessor = decision === 'grace' && successor ? successorFor(stored, successor, token) : null;
      if (decision === 'reuse' || (decision === 'grace' && !sameSuccessor)) {
        await revokeFamily(manager, stored.familyId, now);
        return { decision: 'reuse' as const };
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: stored.userId });
      return {
        decision: 'rotate' as const,
        user,
        refreshToken: sameSuccessor ?? (await rotateRefreshToken(manager, stored, token, now)),
      };
    });
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
    const tokenHash = sha256(presented);
    await context.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(RefreshTokenEntity, { tokenHash });
      // An unknown token is already signed out; the answer is the same so it reveals nothing.
      if (token) await revokeFamily(manager, token.familyId, new Date());
    });
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
    const userId = viewer.userId;
    await dataSource.transaction((manager) => revokeAllOf(manager, userId, new Date()));
    clearRefreshCookie(context);
    return true;
  }
}
