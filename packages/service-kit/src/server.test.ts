import { GraphQLError } from 'graphql';
import pino from 'pino';
import { DomainError } from './errors';
import { formatError } from './server';

const format = formatError(pino({ level: 'silent' }));
const located = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, extensions: (original as GraphQLError).extensions });

describe('formatError', () => {
  it('passes domain errors through with their code and Russian message', () => {
    const error = located(new DomainError('NO_SEATS_LEFT', 'Свободных мест в группе нет.'));
    expect(format({ message: error.message, extensions: { code: 'NO_SEATS_LEFT' } }, error)).toEqual({
      message: 'Свободных мест в группе нет.',
      extensions: { code: 'NO_SEATS_LEFT', stacktrace: undefined },
    });
  });

  it('masks unexpected errors without leaking their text', () => {
    const error = located(new Error('relation "users" does not exist'));
    const out = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toContain('relation');
  });
});

describe('formatError with validation rules', () => {
  it('keeps a validation rule’s own code instead of Apollo’s generic one', () => {
    const rule = new GraphQLError('Запрос слишком глубокий.', { extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const wrapped = new GraphQLError(rule.message, { originalError: rule, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: rule.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped).extensions?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
  });
});
