import { parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { signIn } from '../operations/session.operations';
import { findUser } from '../operations/user.operations';
import { sessionPayload, toUser } from './session.tokens';
import { SignInInput, SignInPayload } from './sign-in.input';
import { User } from './user.type';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'Текущий пользователь или null для гостя' })
  async me(@Ctx() { viewer, dataSource }: RequestContext): Promise<User | null> {
    if (!viewer.userId) return null;
    const user = await findUser(dataSource, viewer.userId);
    return user ? toUser(user) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Вход по логину и паролю, выданным школой или МОЦ' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() context: RequestContext): Promise<SignInPayload> {
    const { login, password, refreshTokenInBody } = parseInput(SignInInput.schema, input);
    const signedIn = await signIn(context.dataSource, { login, password, address: context.http?.clientAddress ?? null });
    return sessionPayload(context, signedIn.user, signedIn.refreshToken, refreshTokenInBody ? 'body' : 'cookie');
  }
}
