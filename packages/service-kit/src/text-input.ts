import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/** NUL, which PostgreSQL text cannot hold, and halves of surrogate pairs, which are no characters at all. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether any string in a JSON value (keys included) holds a character no text column can store. */
export function hasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (UNSTORABLE.test(next)) return true;
    } else if (Array.isArray(next)) pending.push(...next);
    else if (next !== null && typeof next === 'object') {
      for (const [key, inner] of Object.entries(next)) {
        if (UNSTORABLE.test(key)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

const literalsOf = (document: DocumentNode): string[] => {
  const found: string[] = [];
  visit(document, {
    [Kind.STRING]: (node) => {
      found.push(node.value);
    },
  });
  return found;
};

/**
 * Refuses, before any resolver runs, text that no column could store: otherwise PostgreSQL fails mid-way
 * ("invalid byte sequence") and the client gets an internal error instead of a refusal.
 */
export function textInputPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (hasUnstorableText(request.variables) || hasUnstorableText(literalsOf(document))) {
            throw new GraphQLError('Текст содержит недопустимые символы (нулевой символ или половину суррогатной пары).', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
