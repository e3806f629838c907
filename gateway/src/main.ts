// first: the trace instrumentations must patch http, express, graphql and pg before they load
import '@pdo/service-kit/tracing';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginUsageReportingDisabled,
  ApolloServerPluginSchemaReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  BODY_LIMIT_BYTES,
  createLogger,
  edgeErrorHandler,
  formatError,
  graphqlBody,
  graphqlMetricsPlugin,
  metricsRoute,
  notFoundHandler,
  startProcessMetrics,
  textInputPlugin,
} from '@pdo/service-kit';
import express from 'express';
import type { GraphQLError } from 'graphql';
import { createApiKeyExchange } from './api-key.exchange';
import { exportsRoute } from './exports.route';
import { filesRoute } from './files.route';
import { readGatewayConfig } from './gateway.config';
import { queryLimitsRule } from './limits';
import { openDataRoute } from './open-data.route';
import { publicCachePlugin, publicResponseCache } from './public-cache.plugin';
import { forwardToSubgraph, setCookiesFrom, trustProxySetting, type ForwardingContext } from './subgraph.forwarding';
import { subgraphRefusal } from './subgraph.refusal';
import { subgraphUrl } from './subgraphs';
import { tableExports } from './table-exports.catalogue';
import { runOnSupergraph, tableExportsRoute } from './table-exports.route';
import { viewerFromAuthorization } from './viewer.context';

type GatewayContext = ForwardingContext;

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

class RefusalAwareDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response);
    const body = (fallback.extensions.response as { body?: unknown } | undefined)?.body;
    return subgraphRefusal(response.status, body) ?? fallback;
  }
}

async function main(): Promise<void> {
  const logger = createLogger('gateway');
  let config;
  try {
    config = readGatewayConfig();
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(78);
  }
  startProcessMetrics('gateway');
  const production = config.NODE_ENV === 'production';
  const secret = config.GATEWAY_SECRET;

  // The supergraph is composed at build time and checked in; the gateway never introspects.
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH ?? join(__dirname, '..', 'supergraph.graphql'), 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new RefusalAwareDataSource({
        url: subgraphUrl(name),
        async willSendRequest({ request, context }) {
          if (request.http) await forwardToSubgraph(name, context, secret, request.http.headers);
        },
        didReceiveResponse({ response, context }) {
          context.setCookies(setCookiesFrom(name, response.http?.headers));
          return response;
        },
      }),
  });

  const exchangeApiKey = createApiKeyExchange({ identityUrl: subgraphUrl('identity'), secret, fetch });

  const app = express();
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  const httpServer = createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    validationRules: [queryLimitsRule()],
    // the web client's largest operation is a few hundred tokens; the parser stops long before 16 MB of them
    parseOptions: { maxTokens: 10_000 },
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      textInputPlugin<GatewayContext>(),
      graphqlMetricsPlugin<GatewayContext>(),
      // Apollo's own would run last; ours must see what it wrote from the subgraphs' Cache-Control.
      ApolloServerPluginCacheControl(),
      publicResponseCache<GatewayContext>(),
      publicCachePlugin<GatewayContext>(),
    ],
  });
  await server.start();

  let ready = false;
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: 'gateway' });
  });
  // on the pod's port for Prometheus; the Ingress routes only /graphql, /files, /exports and /open-data here
  app.get('/metrics', metricsRoute);
  app.get('/files/:token', filesRoute(subgraphUrl('notifications')));
  const viewerOf = (req: express.Request) =>
    viewerFromAuthorization(req.header('authorization'), config.JWT_PUBLIC_KEY, exchangeApiKey);
  // staff tables without personal data, from their pages' own queries (two segments: never a one-use token)
  app.get('/exports/tables/:table', tableExportsRoute(tableExports, viewerOf, runOnSupergraph(server)));
  app.get('/exports/:token', exportsRoute(subgraphUrl('identity'), secret, viewerOf));
  app.get('/open-data/:file', openDataRoute(subgraphUrl('navigator')));
  app.use(
    '/graphql',
    ...graphqlBody(BODY_LIMIT_BYTES),
    expressMiddleware(server, {
      context: async ({ req, res }) => ({
        viewer: await viewerOf(req),
        clientAddress: req.ip ?? null,
        cookie: req.header('cookie'),
        setCookies: (headers) => {
          for (const header of headers) res.append('Set-Cookie', header);
        },
      }),
    }),
  );
  app.use(notFoundHandler);
  app.use(edgeErrorHandler(logger));
  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  ready = true;
  logger.info({ host: config.HOST, port: config.PORT }, 'gateway listening');

  const stop = async () => {
    ready = false;
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

void main();
