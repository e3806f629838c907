import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { INTERNAL_MESSAGE } from './errors';
import type { Logger } from './logger';

/**
 * The one limit on a request body, in the gateway and every subgraph: a document scan of up to 10 MB
 * arrives as base64 (about 13.4 MB) inside a GraphQL request.
 */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * What a subgraph accepts from the gateway: the same limit plus room for what the gateway adds around the
 * client's variables (its own operation text, entity representations), so a body the gateway accepted is
 * never refused further in.
 */
export const FORWARDED_BODY_LIMIT_BYTES = BODY_LIMIT_BYTES + 1024 * 1024;

/** Deeper JSON or GraphQL nesting than this is refused before anything recursive walks it. */
export const MAX_NESTING = 64;

export type EdgeErrorCode =
  'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'INTERNAL_SERVER_ERROR';

/** A refusal in the shape every GraphQL client already reads: `{ errors: [{ message, extensions.code }] }`. */
export const edgeErrorBody = (code: EdgeErrorCode, message: string) => ({ errors: [{ message, extensions: { code } }] });

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

interface BodyParserError {
  type?: unknown;
  status?: unknown;
}

const REFUSALS: Record<string, { status: number; code: EdgeErrorCode; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'Тело запроса не является корректным JSON.' },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `Запрос слишком большой: допускается не более ${megabytes(BODY_LIMIT_BYTES)} МБ. Уменьшите размер файла.`,
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Неподдерживаемое сжатие тела запроса.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Тело запроса должно быть в кодировке UTF-8.',
  },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'Запрос прерван до конца передачи.' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'Размер тела запроса не совпадает с заявленным.' },
  'stream.encoding.set': { status: 400, code: 'BAD_REQUEST', message: 'Запрос составлен неверно.' },
  'nesting.too.deep': {
    status: 400,
    code: 'BAD_REQUEST',
    message: `Слишком глубокая вложенность в запросе: допускается не более ${MAX_NESTING} уровней.`,
  },
};

/**
 * How deeply `{`, `[` and `(` nest in JSON or GraphQL text, outside strings. Linear and iterative, so it is
 * safe on any input; the parsers and validators after it recurse.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i += 1;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b || char === 0x28) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === 0x7d || char === 0x5d || char === 0x29) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

class NestingError extends Error {
  readonly type = 'nesting.too.deep';
}

const tooDeep = (value: unknown) => typeof value === 'string' && nestingDepth(value) > MAX_NESTING;

/**
 * JSON bodies for /graphql: one size limit, nesting bounded before anything parses it (the body, the query
 * text, a GET's parameters). A request with another content type gets an empty body, so Apollo answers it
 * (CSRF prevention, "POST body missing") as a GraphQL error.
 */
export function graphqlBody(limitBytes: number): RequestHandler[] {
  return [
    express.json({
      limit: limitBytes,
      verify: (_req, _res, buffer) => {
        if (nestingDepth(buffer.toString('utf8')) > MAX_NESTING) throw new NestingError();
      },
    }),
    (req, _res, next) => {
      req.body ??= {};
      const body = req.body as { query?: unknown };
      const search = req.query as Record<string, unknown>;
      if (tooDeep(body.query) || tooDeep(search.query) || tooDeep(search.variables) || tooDeep(search.extensions)) {
        next(new NestingError());
        return;
      }
      next();
    },
  ];
}

/**
 * The last error handler: body-parser refusals and anything else answer GraphQL-shaped JSON in Russian,
 * never Express's HTML page with a stack. The log gets the kind of failure only: the error's message may
 * quote the body (a password among it).
 */
export function edgeErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { type, status } = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
    const refusal = typeof type === 'string' ? REFUSALS[type] : undefined;
    if (refusal) {
      logger.info({ method: req.method, path: req.path, refused: type }, 'request refused at the edge');
      res.status(refusal.status).json(edgeErrorBody(refusal.code, refusal.message));
      return;
    }
    logger.error(
      { method: req.method, path: req.path, status, kind: error instanceof Error ? error.name : typeof error },
      'request failed at the edge',
    );
    res.status(500).json(edgeErrorBody('INTERNAL_SERVER_ERROR', INTERNAL_MESSAGE));
  };
}

/** Every path no route took: JSON 404 instead of Express's HTML "Cannot GET". */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json(edgeErrorBody('NOT_FOUND', 'Такого адреса нет. Запросы GraphQL принимаются по адресу /graphql.'));
};
