import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

export type { Logger };

const MAX_MESSAGE = 300;

/**
 * What an error may leave in a log: its kind, code, a bounded message with e-mail addresses and tokens
 * masked, and the stack's frames. Never its other properties: a database error carries the query's
 * parameters, a body-parser error the request body, a mail error the recipients.
 */
export function safeError(value: unknown): Record<string, unknown> {
  if (!(value instanceof Error)) return { type: typeof value };
  const code = (value as { code?: unknown }).code;
  const message = maskSecrets(value.message).slice(0, MAX_MESSAGE);
  const frames = (value.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
  return {
    type: value.name,
    message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: frames,
    ...(value.cause instanceof Error ? { cause: safeError(value.cause) } : {}),
  };
}

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+/g;
const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
const API_KEY = /pdo_[\w-]{8,}/g;

/** E-mail addresses, JWTs and API keys masked in free text that may reach a log. */
export const maskSecrets = (text: string): string =>
  text.replace(EMAIL, '[e-mail]').replace(JWT, '[token]').replace(API_KEY, '[api key]');

/** Field names whose values are never written, wherever they sit in a logged object. */
const REDACTED = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'apiKey',
  'authorization',
  'cookie',
  'email',
  'number',
  'series',
  'contentBase64',
  'body',
  'variables',
];

export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    serializers: { err: safeError, error: safeError },
    // a line written while a traced request or event is handled names its trace
    mixin: () => {
      const span = trace.getActiveSpan()?.spanContext();
      return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
    },
    redact: { paths: [...REDACTED, ...REDACTED.map((key) => `*.${key}`)], censor: '[скрыто]' },
  });
}
