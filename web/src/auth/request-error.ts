import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export const unreachableMessage =
  'Сервис сейчас недоступен или нет соединения с интернетом. Проверьте подключение и попробуйте ещё раз через несколько минут.';

function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return typeof code === 'string' ? [code] : [];
  });
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCodes(error).includes('UNAUTHENTICATED') || (ServerError.is(error) && error.statusCode === 401);
}

/** The server answered and said no (as opposed to not answering at all). */
export function isRefused(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) || isUnauthenticated(error);
}

export function signInErrorMessage(error: unknown): string {
  const codes = errorCodes(error);
  if (codes.includes('INVALID_CREDENTIALS')) return 'Ваш логин/пароль не подходит.';
  if (codes.includes('TOO_MANY_ATTEMPTS'))
    return 'Слишком много неудачных попыток входа. Подождите несколько минут и попробуйте снова.';
  if (CombinedGraphQLErrors.is(error)) return 'Не удалось войти. Попробуйте ещё раз немного позже.';
  return unreachableMessage;
}
