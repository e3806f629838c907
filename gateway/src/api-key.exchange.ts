import { createHash } from 'node:crypto';
import { anonymousViewer, DomainError, signViewer, VIEWER_HEADER } from '@pdo/service-kit';

/** The part of `fetch` the exchange uses; tests pass a fake identity. */
export type FetchFunction = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Turns a provider's API key into identity's short-lived access token. */
export type ApiKeyExchange = (key: string) => Promise<string>;

export interface ApiKeyExchangeOptions {
  identityUrl: string;
  secret: string;
  fetch: FetchFunction;
  now?: () => number;
}

/** A revoked key keeps working at most this long through the gateway. */
export const API_KEY_CACHE_MAX_MS = 60_000;
/** A cached token is dropped this long before it expires, so it never reaches a subgraph stale. */
const EXPIRY_MARGIN_MS = 30_000;

interface CacheEntry {
  token: Promise<string>;
  until: number;
}

const EXCHANGE = 'mutation ($key: String!) { exchangeApiKey(key: $key) { accessToken expiresInSeconds } }';

interface ExchangeResponse {
  data?: { exchangeApiKey?: { accessToken: string; expiresInSeconds: number } | null } | null;
  errors?: { extensions?: { code?: unknown } }[];
}

const invalidKey = () => new DomainError('UNAUTHENTICATED', 'API-ключ недействителен или отозван.', { http: { status: 401 } });
const unavailable = () =>
  new DomainError('SERVICE_UNAVAILABLE', 'Проверка API-ключа временно недоступна. Повторите запрос позже.', {
    http: { status: 503 },
  });

async function askIdentity(key: string, { identityUrl, secret, fetch }: ApiKeyExchangeOptions) {
  let body: ExchangeResponse;
  try {
    const response = await fetch(identityUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: await signViewer(anonymousViewer, secret) },
      body: JSON.stringify({ query: EXCHANGE, variables: { key } }),
    });
    body = (await response.json()) as ExchangeResponse;
  } catch {
    throw unavailable();
  }
  const exchanged = body.data?.exchangeApiKey;
  if (exchanged) return exchanged;
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'INVALID_API_KEY' || code === 'BAD_USER_INPUT') throw invalidKey();
  throw unavailable();
}

/**
 * Exchanges keys with identity and keeps each token in memory until 30 s before it expires, and never longer
 * than a minute: that is how long a revoked key may still pass. Refusals are not kept, and parallel requests
 * with one key share one exchange. Keys are remembered only by their SHA-256.
 */
export function createApiKeyExchange(options: ApiKeyExchangeOptions): ApiKeyExchange {
  const now = options.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  return (key) => {
    const id = createHash('sha256').update(key).digest('hex');
    const at = now();
    const hit = cache.get(id);
    if (hit && hit.until > at) return hit.token;
    for (const [cachedId, cached] of cache) if (cached.until <= at) cache.delete(cachedId);
    const entry: CacheEntry = {
      until: at + API_KEY_CACHE_MAX_MS,
      token: askIdentity(key, options).then(
        ({ accessToken, expiresInSeconds }) => {
          entry.until = Math.min(at + API_KEY_CACHE_MAX_MS, at + expiresInSeconds * 1000 - EXPIRY_MARGIN_MS);
          return accessToken;
        },
        (error: unknown) => {
          if (cache.get(id) === entry) cache.delete(id);
          throw error;
        },
      ),
    };
    cache.set(id, entry);
    return entry.token;
  };
}
