import { parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { issuePupilLogin } from '../operations/pupil-login.operations';
import { PasswordReset } from './password.input';
import { IssuePupilLoginInput } from './pupil-login.input';
import { toUser } from './session.tokens';

@Resolver()
export class PupilLoginResolver {
  @Authorized('operator')
  @Mutation(() => PasswordReset, {
    description:
      'Выдать обучающемуся 14+ своего муниципалитета свой вход: логин и временный пароль, который он сменит при первом входе',
  })
  async issuePupilLogin(
    @Arg('input', () => IssuePupilLoginInput) input: IssuePupilLoginInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<PasswordReset> {
    const issued = await issuePupilLogin(dataSource, viewer, parseInput(IssuePupilLoginInput.schema, input));
    return { temporaryPassword: issued.temporaryPassword, user: toUser(issued.user) };
  }
}
