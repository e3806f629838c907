import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { Counter, Histogram } from 'prom-client';

export type RequestResult = 'success' | 'client_error' | 'server_error';

const requests = new Counter({
  name: 'pdo_graphql_requests_total',
  help: 'GraphQL requests by operation name and result (server_error: HTTP 5xx or an unexpected error)',
  labelNames: ['operation', 'result'] as const,
});

const errors = new Counter({
  name: 'pdo_graphql_errors_total',
  help: 'Errors in GraphQL responses by operation name and extensions.code',
  labelNames: ['operation', 'code'] as const,
});

const duration = new Histogram({
  name: 'pdo_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL request to sending its response, by operation name',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
});

/** Beyond this many distinct names a process reports `other`: clients choose names, series must stay few. */
export const MAX_OPERATION_NAMES = 300;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The operation label: the name the document gives the operation (never the query text), `anonymous`
 * without one, `unresolved` when the request failed before its operation was known (parse or validation).
 */
export function operationLabeler(limit = MAX_OPERATION_NAMES): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (name === undefined) return 'unresolved';
    if (name === null || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!seen.has(name)) {
      if (seen.size >= limit) return 'other';
      seen.add(name);
    }
    return name;
  };
}

/**
 * The code the client sees (as `formatError` picks it): a validation rule's own code over Apollo's generic
 * one; an error without any is a bug, reported as INTERNAL_SERVER_ERROR.
 */
export function errorCode(error: GraphQLError): string {
  const own = (error.originalError as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  const outer = error.extensions?.code;
  const code = outer === 'GRAPHQL_VALIDATION_FAILED' && typeof own === 'string' ? own : (outer ?? own);
  if (typeof code !== 'string') return 'INTERNAL_SERVER_ERROR';
  return ERROR_CODE.test(code) ? code : 'OTHER';
}

export function requestResult(status: number, codes: readonly string[]): RequestResult {
  if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) return 'server_error';
  if (status >= 400 || codes.length > 0) return 'client_error';
  return 'success';
}

/** Requests, errors and duration per GraphQL operation, for the subgraphs and the gateway alike. */
export function graphqlMetricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  const operationLabel = operationLabeler();
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let codes: string[] = [];
      return {
        async didEncounterErrors({ errors: encountered }) {
          codes = [...codes, ...encountered.map(errorCode)];
        },
        async willSendResponse({ operationName, response }) {
          const operation = operationLabel(operationName);
          const result = requestResult(response.http.status ?? 200, codes);
          requests.inc({ operation, result });
          for (const code of codes) errors.inc({ operation, code });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
