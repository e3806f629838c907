import { GraphQLError } from 'graphql';
import { z } from 'zod';

// A rule without a message of its own still answers in Russian (e.g. a string over its maximum length).
z.config(z.locales.ru());

/** Stable codes a client may branch on; the message is Russian and fit to show a parent. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export const forbidden = (message = 'Недостаточно прав для этого действия.') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Войдите в личный кабинет, чтобы продолжить.') =>
  new DomainError('UNAUTHENTICATED', message);
export const notFound = (message = 'Запись не найдена.') => new DomainError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) =>
  new DomainError('BAD_USER_INPUT', message, field ? { field } : undefined);

export const INTERNAL_MESSAGE = 'Внутренняя ошибка сервиса. Попробуйте ещё раз позже.';

/** Validates a mutation's input with zod; the first problem becomes a BAD_USER_INPUT error naming the field. */
export function parseInput<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw badInput(issue?.message ?? 'Проверьте введённые данные.', issue?.path.map(String).join('.'));
}
