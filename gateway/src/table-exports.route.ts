import type { ApolloServer } from '@apollo/server';
import { attachmentDisposition, DomainError, parseInput, type Viewer } from '@pdo/service-kit';
import { exportFormatSchema, exportTable, type ExportedFile, type ExportFormat, type TableDefinition } from '@pdo/table-export';
import type { Request, RequestHandler } from 'express';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { z } from 'zod';
import type { ForwardingContext } from './subgraph.forwarding';

/** Runs a query of the supergraph as the caller and answers what a client would get for it. */
export type RunQuery = (
  viewer: Viewer,
  clientAddress: string | null,
  query: string,
  variables: Record<string, unknown>,
) => Promise<FormattedExecutionResult>;

/**
 * A table a staff page shows, exported from the query that page itself sends: the gateway runs it as the
 * caller, so each subgraph applies its own access rules (and refuses with its own FORBIDDEN), and the rows
 * are the page's rows, joined here when the page joins several subgraphs' answers.
 */
export interface TableExportDefinition<Params, Data, Row> {
  /** the page's query, narrowed to the fields the table shows */
  query: string;
  /** the query string besides `format`, with the Russian message a wrong value gets */
  params: z.ZodType<Params>;
  variables: (params: Params) => Record<string, unknown>;
  /** the table's rows, in the order the page lists them */
  rows: (data: Data) => readonly Row[];
  table: TableDefinition<Row>;
  /** the file's name without its extension: `обзор-региона` */
  baseName: (params: Params) => string;
}

/** A definition with its types closed over, so one catalogue holds tables of any shape. */
export interface TableExport {
  /** the query it runs, for the check that the supergraph accepts it */
  readonly query: string;
  file(
    search: Record<string, unknown>,
    format: ExportFormat,
    run: (query: string, variables: Record<string, unknown>) => Promise<unknown>,
  ): Promise<ExportedFile>;
}

export function defineTableExport<Params, Data, Row>(definition: TableExportDefinition<Params, Data, Row>): TableExport {
  return {
    query: definition.query,
    async file(search, format, run) {
      const params = parseInput(definition.params, search);
      const data = (await run(definition.query, definition.variables(params))) as Data;
      async function* pages() {
        yield definition.rows(data);
      }
      return exportTable(format, definition.table, pages(), definition.baseName(params));
    },
  };
}

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** The query's errors as one refusal: its first code, every distinct message (three subgraphs may say the same). */
class QueryRefusal extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super('the export query was refused');
  }
}

const codeOf = (error: Pick<GraphQLFormattedError, 'extensions'>) => {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

function refusalBody(errors: readonly Pick<GraphQLFormattedError, 'message' | 'extensions'>[]) {
  const seen = new Set<string>();
  const unique = errors.filter((error) => !seen.has(error.message) && seen.add(error.message));
  return { errors: unique.map((error) => ({ message: error.message, extensions: { code: codeOf(error) } })) };
}

/**
 * `GET /exports/tables/<table>?format=xlsx|csv&…`: one of the staff tables of `catalogue` as XLSX or CSV with
 * Russian headings, built from its page's query run as the caller (the Authorization header, as with /graphql).
 * A refusal answers GraphQL-shaped JSON (`errors[].extensions.code`, Russian message) with its HTTP status.
 */
export function tableExportsRoute(
  catalogue: Readonly<Record<string, TableExport>>,
  viewerOf: (req: Request) => Promise<Viewer>,
  runQuery: RunQuery,
): RequestHandler {
  return async (req, res) => {
    res.set('cache-control', 'private, no-store');
    try {
      const name = String(req.params.table);
      const table = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
      if (!table) throw new DomainError('NOT_FOUND', 'Такой таблицы для выгрузки нет.');
      const viewer = await viewerOf(req);
      const { format, ...search } = req.query as Record<string, unknown>;
      const file = await table.file(search, parseInput(exportFormatSchema, format), async (query, variables) => {
        const answer = await runQuery(viewer, req.ip ?? null, query, variables);
        if (answer.errors?.length || !answer.data) throw new QueryRefusal(answer.errors ?? []);
        return answer.data;
      });
      res
        .status(200)
        .set({
          'content-type': file.contentType,
          'content-disposition': attachmentDisposition(file.fileName),
          'content-length': String(file.content.length),
        })
        .end(file.content);
    } catch (error) {
      const errors =
        error instanceof QueryRefusal
          ? error.errors
          : error instanceof DomainError
            ? [{ message: error.message, extensions: error.extensions }]
            : null;
      if (!errors || errors.length === 0) throw error;
      const status = (error as { extensions?: { http?: { status?: unknown } } }).extensions?.http?.status;
      res.status(typeof status === 'number' ? status : (STATUS_OF_CODE[codeOf(errors[0])] ?? 502)).json(refusalBody(errors));
    }
  };
}

/** The gateway's own Apollo Server runs the query: same plan, limits and subgraph forwarding as a client's. */
export function runOnSupergraph(server: ApolloServer<ForwardingContext>): RunQuery {
  return async (viewer, clientAddress, query, variables) => {
    const response = await server.executeOperation(
      { query, variables },
      // no cookie: only identity reads one, and none of these tables comes from identity
      { contextValue: { viewer, clientAddress, cookie: undefined, setCookies: () => undefined } },
    );
    if (response.body.kind !== 'single') throw new Error('an export query answered incrementally');
    return response.body.singleResult;
  };
}
