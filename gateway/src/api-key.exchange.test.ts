import { generateKeyPairSync } from 'node:crypto';
import { API_KEY_TOKEN_TTL_SECONDS, signAccessToken, verifyViewer, VIEWER_HEADER } from '@pdo/service-kit';
import { API_KEY_CACHE_MAX_MS, createApiKeyExchange, type FetchFunction } from './api-key.exchange';
import { viewerFromAuthorization } from './viewer.context';

const SECRET = 's'.repeat(32);
const IDENTITY_URL = 'http://identity.test/graphql';
const KEY = `pdo_${'k'.repeat(43)}`;
const PROVIDER = '00000000-0000-4000-8000-0000000000a1';
const STAFF = '00000000-0000-4000-8000-000000000006';
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** Identity as the gateway sees it over HTTP: checks the signed viewer, answers exchangeApiKey for live keys. */
function fakeIdentity(options: { ttlSeconds?: number; down?: boolean } = {}) {
  const live = new Set([KEY]);
  const calls: string[] = [];
  const fetch: FetchFunction = async (url, init) => {
    expect(url).toBe(IDENTITY_URL);
    expect(await verifyViewer(init.headers[VIEWER_HEADER], SECRET)).toMatchObject({ userId: null, roles: [] });
    if (options.down) throw new Error('ECONNREFUSED');
    const { query, variables } = JSON.parse(init.body) as { query: string; variables: { key: string } };
    expect(query).toContain('exchangeApiKey');
    calls.push(variables.key);
    const body = live.has(variables.key)
      ? {
          data: {
            exchangeApiKey: {
              accessToken: await signAccessToken(
                { userId: STAFF, roles: ['provider_staff'], municipalityCode: null, providerId: PROVIDER, viaApiKey: true },
                privatePem,
              ),
              expiresInSeconds: options.ttlSeconds ?? API_KEY_TOKEN_TTL_SECONDS,
            },
          },
        }
      : { data: null, errors: [{ message: 'API-ключ недействителен или отозван.', extensions: { code: 'INVALID_API_KEY' } }] };
    return { ok: true, status: 200, json: async () => body };
  };
  return { fetch, calls, revoke: () => live.delete(KEY) };
}

function clock() {
  let t = Date.parse('2026-11-21T10:00:00Z');
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('API key exchange in the gateway', () => {
  it('exchanges a key for identity’s token, which verifies into a provider system viewer', async () => {
    const identity = fakeIdentity();
    const exchange = createApiKeyExchange({ identityUrl: IDENTITY_URL, secret: SECRET, fetch: identity.fetch });
    const viewer = await viewerFromAuthorization(`ApiKey ${KEY}`, publicPem, exchange);
    expect(viewer).toEqual({
      userId: STAFF,
      roles: ['provider_staff'],
      municipalityCode: null,
      providerId: PROVIDER,
      viaApiKey: true,
    });
  });

  it('reuses the token until 30 s before it expires, then asks again; parallel requests share one exchange', async () => {
    const identity = fakeIdentity();
    const time = clock();
    const exchange = createApiKeyExchange({ identityUrl: IDENTITY_URL, secret: SECRET, fetch: identity.fetch, now: time.now });
    const tokens = await Promise.all([exchange(KEY), exchange(KEY), exchange(KEY)]);
    expect(new Set(tokens).size).toBe(1);
    expect(identity.calls).toHaveLength(1);
    time.advance(59_999);
    await exchange(KEY);
    expect(identity.calls).toHaveLength(1);
    time.advance(1);
    await exchange(KEY);
    expect(identity.calls).toHaveLength(2);
  });

  it('never keeps a token longer than a minute, however long identity lets it live', async () => {
    const identity = fakeIdentity({ ttlSeconds: 15 * 60 });
    const time = clock();
    const exchange = createApiKeyExchange({ identityUrl: IDENTITY_URL, secret: SECRET, fetch: identity.fetch, now: time.now });
    await exchange(KEY);
    time.advance(API_KEY_CACHE_MAX_MS);
    await exchange(KEY);
    expect(identity.calls).toHaveLength(2);
  });

  it('a revoked key passes at most until its cached token is dropped, then is refused with 401', async () => {
    const identity = fakeIdentity();
    const time = clock();
    const exchange = createApiKeyExchange({ identityUrl: IDENTITY_URL, secret: SECRET, fetch: identity.fetch, now: time.now });
    await viewerFromAuthorization(`ApiKey ${KEY}`, publicPem, exchange);
    identity.revoke();
    time.advance(30_000);
    await expect(viewerFromAuthorization(`ApiKey ${KEY}`, publicPem, exchange)).resolves.toMatchObject({ viaApiKey: true });
    time.advance(30_000);
    const refused = viewerFromAuthorization(`ApiKey ${KEY}`, publicPem, exchange);
    await expect(refused).rejects.toMatchObject({
      message: 'API-ключ недействителен или отозван.',
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  });

  it('does not remember refusals: a wrong key is asked about every time and never cached as valid', async () => {
    const identity = fakeIdentity();
    const exchange = createApiKeyExchange({ identityUrl: IDENTITY_URL, secret: SECRET, fetch: identity.fetch });
    const wrong = `pdo_${'w'.repeat(43)}`;
    for (let i = 0; i < 2; i += 1)
      await expect(exchange(wrong)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(identity.calls).toEqual([wrong, wrong]);
  });

  it('answers 503 rather than 401 when identity cannot be reached, and retries on the next request', async () => {
    const down = fakeIdentity({ down: true });
    const exchange = createApiKeyExchange({ identityUrl: IDENTITY_URL, secret: SECRET, fetch: down.fetch });
    await expect(exchange(KEY)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
    await expect(exchange(KEY)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
