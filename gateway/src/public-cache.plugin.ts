import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { Counter, type Viewer } from '@pdo/service-kit';

/** Cache-Control Apollo wrote from the subgraphs' cache hints, when the answer may be kept: `max-age=N, public`. */
const PUBLIC_POLICY = /^max-age=([1-9]\d*), public$/;

/**
 * The Cache-Control the client gets. Only an anonymous GET may be kept by a shared cache (the Ingress): a
 * signed-in answer never, even of public fields, nor a POST, which no shared cache keys by its body.
 */
export function clientCacheControl(method: string | undefined, viewer: Viewer, computed: string | undefined): string {
  const maxAge = computed === undefined ? null : PUBLIC_POLICY.exec(computed)?.[1];
  return method === 'GET' && isAnonymous(viewer) && maxAge ? `public, max-age=${maxAge}` : 'no-store';
}

/** Nobody signed in and no provider system: what such a visitor is answered, every visitor is. */
export const isAnonymous = (viewer: Viewer): boolean => viewer.userId === null && !viewer.viaApiKey;

/**
 * The gateway keeps whole answers to visitors' queries whose every part is public, for their max-age (a second
 * for the catalogue), GET or POST alike: a campaign morning's crowd asking the same search is answered from
 * memory without planning or asking navigator. A signed-in person's or a provider system's requests never read
 * or write it, and answers with errors are never kept.
 */
export function publicResponseCache<C extends { viewer: Viewer }>(): ApolloServerPlugin<C> {
  const anonymousRequest = async ({ contextValue }: GraphQLRequestContext<C>) => isAnonymous(contextValue.viewer);
  return responseCachePlugin<C>({ shouldReadFromCache: anonymousRequest, shouldWriteToCache: anonymousRequest });
}

const visitorQueries = new Counter({
  name: 'pdo_gateway_visitor_queries_total',
  help: 'Queries from visitors (nobody signed in), by whether the gateway answered them from its response cache',
  labelNames: ['cache'] as const,
});

/**
 * Goes after Apollo's cache-control plugin (and the response cache) in the list: the former wrote the policy merged
 * from every subgraph answer's Cache-Control (the strictest of them; none when any part may not be cached), or the
 * kept answer's policy on a hit. Counts visitors' queries by hit or miss.
 */
export function publicCachePlugin<C extends { viewer: Viewer }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, operation, metrics }) {
          if (operation?.operation === 'query' && isAnonymous(contextValue.viewer))
            visitorQueries.inc({ cache: metrics.responseCacheHit ? 'hit' : 'miss' });
          const headers = response.http.headers;
          headers.set(
            'cache-control',
            clientCacheControl(request.http?.method, contextValue.viewer, headers.get('cache-control')),
          );
        },
      };
    },
  };
}
