import { graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { ForwardedHttp, RequestContext } from '../context';
import { anonymousViewer, type Viewer } from '../viewer';

export interface Executed<T> {
  data?: T | null;
  errors?: { message: string; code: unknown }[];
}

/** Runs an operation against a subgraph schema in process, as the given viewer (what the gateway would forward). */
export async function executeAs<T>(
  schema: GraphQLSchema,
  dataSource: DataSource,
  viewer: Partial<Viewer>,
  source: string,
  variableValues: Record<string, unknown> = {},
  http?: ForwardedHttp,
): Promise<Executed<T>> {
  const contextValue: RequestContext = {
    viewer: { ...anonymousViewer, ...viewer },
    dataSource,
    logger: pino({ level: 'silent' }),
    http,
  };
  const result = await graphql({ schema, source, variableValues, contextValue });
  return {
    data: result.data as T | null | undefined,
    errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions.code ?? 'INTERNAL_SERVER_ERROR' })),
  };
}
