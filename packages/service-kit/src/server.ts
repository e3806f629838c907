import { createServer, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from './context';
import { russianMessage } from './apollo-messages';
import { INTERNAL_MESSAGE } from './errors';
import { edgeErrorHandler, FORWARDED_BODY_LIMIT_BYTES, graphqlBody, notFoundHandler } from './http-edge';
import type { Logger } from './logger';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { metricsRoute } from './metrics/metrics.registry';
import { parseCookies } from './cookies';
import { textInputPlugin } from './text-input';
import { VIEWER_HEADER, verifyForwardedRequest } from './viewer-token';
import type { GraphQLSchema } from 'graphql';

export interface Stoppable {
  stop(): Promise<void>;
}

export interface HttpOptions {
  name: string;
  port: number;
  /** the interface to listen on: 127.0.0.1 locally, 0.0.0.0 in a pod */
  host: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** a read replica's connection pool (DATABASE_READ_URL), put in each request's context */
  readDataSource?: DataSource;
  gatewaySecret: string;
  production: boolean;
  logger: Logger;
  /** plain HTTP routes beside /graphql (e.g. file downloads); they authorize requests themselves */
  routes?: express.Router;
}

const codeOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? (value as { extensions?: { code?: unknown } }).extensions?.code : undefined;

/**
 * Errors thrown on purpose carry a code (Apollo gives every other error INTERNAL_SERVER_ERROR): they reach
 * the client with their code and message, Apollo's own English ones translated. Anything else is a bug: logged in full, shown as a generic Russian message.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // Apollo relabels every validation error; a rule's own code (e.g. QUERY_TOO_COMPLEX) is the stabler one.
    const ownCode = codeOf(original);
    const code =
      formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof ownCode === 'string'
        ? ownCode
        : formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return {
        message: russianMessage({ message: formatted.message, extensions: { code } }),
        path: formatted.path,
        extensions: { ...formatted.extensions, code, stacktrace: undefined },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected resolver error');
    return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Serves /graphql (only to callers holding a viewer signed by the gateway), /health, /ready and /metrics. */
export async function startHttp(options: HttpOptions): Promise<Stoppable & { server: Server; setReady(ready: boolean): void }> {
  const { logger, dataSource } = options;
  const app = express();
  const server = createServer(app);
  // The gateway keeps idle connections open for reuse; if the subgraph closed one first (Node's default is
  // after 5 s), a large request written into it at that moment would fail with EPIPE and become an internal error.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  let ready = false;

  const plugins: ApolloServerPlugin<RequestContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ApolloServerPluginInlineTraceDisabled(),
    textInputPlugin<RequestContext>(),
    graphqlMetricsPlugin<RequestContext>(),
  ];
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !options.production,
    plugins,
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const databaseUp =
      ready &&
      (await dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ));
    res.status(databaseUp ? 200 : 503).json({ status: databaseUp ? 'ready' : 'not ready', service: options.name });
  });
  app.get('/metrics', metricsRoute);
  if (options.routes) app.use(options.routes);
  app.use(
    '/graphql',
    ...graphqlBody(FORWARDED_BODY_LIMIT_BYTES),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = req.header(VIEWER_HEADER);
        const forwarded = token ? await verifyForwardedRequest(token, options.gatewaySecret).catch(() => null) : null;
        if (!forwarded) {
          throw new GraphQLError('Запрос должен приходить через шлюз.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        const http = {
          clientAddress: forwarded.clientAddress,
          cookies: parseCookies(req.header('cookie')),
          setCookie: (header: string) => void res.append('Set-Cookie', header),
        };
        return { viewer: forwarded.viewer, dataSource, readDataSource: options.readDataSource, logger, http };
      },
    }),
  );

  app.use(notFoundHandler);
  app.use(edgeErrorHandler(logger));

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  logger.info({ host: options.host, port: options.port }, 'listening');
  return {
    server,
    setReady: (value) => {
      ready = value;
    },
    stop: async () => {
      ready = false;
      await apollo.stop();
    },
  };
}
