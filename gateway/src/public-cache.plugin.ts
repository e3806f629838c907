import type { ApolloServerPlugin } from '@apollo/server';
import type { Viewer } from '@pdo/service-kit';

/** Cache-Control Apollo wrote from the subgraphs' cache hints, when the answer may be kept: `max-age=N, public`. */
const PUBLIC_POLICY = /^max-age=([1-9]\d*), public$/;

/**
 * The Cache-Control the client gets. Only an anonymous GET may be kept by a shared cache (the Ingress): a
 * signed-in answer never, even of public fields, nor a POST, which no shared cache keys by its body.
 */
export function clientCacheControl(method: string | undefined, viewer: Viewer, computed: string | undefined): string {
  const anonymous = viewer.userId === null && !viewer.viaApiKey;
  const maxAge = computed === undefined ? null : PUBLIC_POLICY.exec(computed)?.[1];
  return method === 'GET' && anonymous && maxAge ? `public, max-age=${maxAge}` : 'no-store';
}

/**
 * Goes right after Apollo's cache-control plugin in the list, which wrote the policy merged from every subgraph
 * answer's Cache-Control (the strictest of them; none when any part may not be cached).
 */
export function publicCachePlugin<C extends { viewer: Viewer }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue }) {
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
