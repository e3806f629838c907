import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { unreachableMessage } from '../auth/request-error';

const cyrillic = /[А-Яа-яЁё]/;

/** What the API said, in its own Russian words; a generic sentence when the message is not meant for people. */
export function apiErrorMessage(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) return unreachableMessage;
  const messages = error.errors.map((graphQLError) => graphQLError.message).filter((message) => cyrillic.test(message));
  if (messages.length > 0) return [...new Set(messages)].join(' ');
  return 'Не удалось выполнить действие. Попробуйте ещё раз немного позже.';
}

export function apiErrorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return typeof code === 'string' ? [code] : [];
  });
}
