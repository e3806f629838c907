import { anonymousViewer, type Viewer } from '@pdo/service-kit';
import { clientCacheControl } from './public-cache.plugin';

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
