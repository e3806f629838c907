import { forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { completeGosuslugi, startGosuslugi } from '../operations/gosuslugi.operations';
import { GosuslugiCallbackInput } from './gosuslugi.input';
import { sessionPayload } from './session.tokens';
import { SignInPayload } from './sign-in.input';

@Resolver()
export class GosuslugiResolver {
  @Query(() => String, {
    description:
      'Адрес входа через Госуслуги (state, nonce и PKCE хранятся на сервере). link: true — привязать Госуслуги к текущей учётной записи. Ошибка GOSUSLUGI_UNAVAILABLE — Госуслуги недоступны',
  })
  async gosuslugiSignInUrl(
    @Arg('link', () => Boolean, { defaultValue: false }) link: boolean,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<string> {
    if (link && (!viewer.userId || viewer.viaApiKey)) throw forbidden('Привязать Госуслуги может только вошедший пользователь.');
    return startGosuslugi(dataSource, viewer, link);
  }

  @Mutation(() => SignInPayload, {
    description:
      'Завершить вход через Госуслуги: при первом входе создаётся учётная запись родителя или привязывается существующая',
  })
  async completeGosuslugiSignIn(
    @Arg('input', () => GosuslugiCallbackInput) input: GosuslugiCallbackInput,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    const callback = parseInput(GosuslugiCallbackInput.schema, input);
    const signedIn = await completeGosuslugi(context.dataSource, callback);
    return sessionPayload(context, signedIn.user, signedIn.refreshToken, 'cookie');
  }
}
