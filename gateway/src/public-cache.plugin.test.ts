import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { anonymousViewer, type Viewer } from '@pdo/service-kit';
import { clientCacheControl, publicCachePlugin, publicResponseCache } from './public-cache.plugin';

const parent: Viewer = { ...anonymousViewer, userId: '00000000-0000-4000-8000-000000000001', roles: ['parent'] };
const providerSystem: Viewer = { ...anonymousViewer, roles: ['provider_staff'], viaApiKey: true };

describe('Cache-Control of the gateway answer', () => {
  it('lets shared caches keep an anonymous GET whose every part is public', () => {
    expect(clientCacheControl('GET', anonymousViewer, 'max-age=1, public')).toBe('public, max-age=1');
  });

  it.each([
    ['a signed-in parent', 'GET', parent, 'max-age=1, public'],
    ['a provider system with an API key', 'GET', providerSystem, 'max-age=1, public'],
    ['a POST', 'POST', anonymousViewer, 'max-age=1, public'],
    ['an answer with a private part', 'GET', anonymousViewer, 'max-age=1, private'],
    ['an answer with an uncached part', 'GET', anonymousViewer, 'no-store'],
    ['an answer with no policy', 'GET', anonymousViewer, undefined],
    ['a zero max-age', 'GET', anonymousViewer, 'max-age=0, public'],
  ] as const)('refuses every cache for %s', (_case, method, viewer, computed) => {
    expect(clientCacheControl(method, viewer, computed)).toBe('no-store');
  });
});

describe('the gateway’s response cache', () => {
  /** A server with the gateway's cache plugins and one public field that counts how often it is resolved. */
  function serverWithPublicField() {
    const resolved = { count: 0 };
    const server = new ApolloServer<{ viewer: Viewer }>({
      typeDefs: `
        enum CacheControlScope { PUBLIC PRIVATE }
        directive @cacheControl(maxAge: Int, scope: CacheControlScope) on FIELD_DEFINITION
        type Query { catalogue(text: String): Int @cacheControl(maxAge: 60, scope: PUBLIC) }`,
      resolvers: {
        Query: {
          catalogue: () => {
            resolved.count += 1;
            return resolved.count;
          },
        },
      },
      plugins: [ApolloServerPluginCacheControl(), publicResponseCache(), publicCachePlugin()],
    });
    return { server, resolved };
  }
  const ask = (server: ApolloServer<{ viewer: Viewer }>, viewer: Viewer, text = 'шахматы') =>
    server.executeOperation(
      { query: 'query ($text: String) { catalogue(text: $text) }', variables: { text } },
      {
        contextValue: { viewer },
      },
    );
  const valueOf = (response: Awaited<ReturnType<typeof ask>>) =>
    response.body.kind === 'single' ? response.body.singleResult.data?.catalogue : undefined;

  it('answers a visitor’s repeated query from memory, and a different one anew', async () => {
    const { server, resolved } = serverWithPublicField();
    await server.start();
    try {
      const first = await ask(server, anonymousViewer);
      const again = await ask(server, anonymousViewer);
      expect(valueOf(again)).toBe(valueOf(first));
      expect(again.http.headers.get('age')).not.toBeUndefined();
      expect(resolved.count).toBe(1);
      await ask(server, anonymousViewer, 'футбол');
      expect(resolved.count).toBe(2);
    } finally {
      await server.stop();
    }
  });

  it.each([
    ['a signed-in parent', parent],
    ['a provider system', providerSystem],
  ])('neither reads nor writes it for %s', async (_case, viewer) => {
    const { server, resolved } = serverWithPublicField();
    await server.start();
    try {
      await ask(server, anonymousViewer);
      const first = await ask(server, viewer);
      const again = await ask(server, viewer);
      expect(resolved.count).toBe(3);
      expect(valueOf(again)).not.toBe(valueOf(first));
      expect(again.http.headers.get('age')).toBeUndefined();
      // nor did their answers replace the visitors'
      expect(valueOf(await ask(server, anonymousViewer))).toBe(1);
    } finally {
      await server.stop();
    }
  });
});
