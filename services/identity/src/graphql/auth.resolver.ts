import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LessThanOrEqual } from 'typeorm';
import { DomainError, parseInput, type RequestContext } from '@pdo/service-kit';
import { DECOY_HASH, verifyPassword } from '../domain/password';
import {
  FAILURE_WINDOW_MS,
  laterRetry,
  MAX_ADDRESS_FAILURES,
  retryAfter,
  tooManyAttemptsMessage,
} from '../domain/sign-in-throttle.rules';
import { SignInFailureEntity } from '../entities/sign-in-failure.entity';
import { UserEntity } from '../entities/user.entity';
import { issueRefreshToken, sessionPayload, toUser } from './session.tokens';
import { SignInInput, signInInputSchema, SignInPayload } from './sign-in.input';
import { User } from './user.type';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'Текущий пользователь или null для гостя' })
  async me(@Ctx() { viewer, dataSource }: RequestContext): Promise<User | null> {
    if (!viewer.userId) return null;
    const user = await dataSource.getRepository(UserEntity).findOneBy({ id: viewer.userId });
    return user ? toUser(user) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Вход по логину и паролю, выданным школой или МОЦ' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() context: RequestContext): Promise<SignInPayload> {
    const { login, password, refreshTokenInBody } = parseInput(signInInputSchema, input);
    const key = login.toLowerCase();
    const address = context.http?.clientAddress ?? null;
    const outcome = await context.dataSource.transaction(async (manager) => {
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
    return sessionPayload(context, outcome.user, outcome.refreshToken, refreshTokenInBody ? 'body' : 'cookie');
  }
}
