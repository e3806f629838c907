import { anonymousViewer, signViewer, VIEWER_HEADER, type Viewer } from '@pdo/service-kit';

/** What the gateway knows about the client request while it calls subgraphs on its behalf. */
export interface ForwardingContext {
  viewer: Viewer;
  /** the client's address, proxies resolved per TRUST_PROXY */
  clientAddress: string | null;
  /** the client's Cookie header, as sent */
  cookie: string | undefined;
  /** adds Set-Cookie headers to the answer to the client */
  setCookies(headers: string[]): void;
}

interface HeaderWriter {
  set(name: string, value: string): void;
}

/** Only identity keeps a cookie (the refresh token); other subgraphs never see the client's cookies. */
const COOKIE_SUBGRAPH = 'identity';

/** The gateway's own requests (no client behind them) go as a guest. */
export async function forwardToSubgraph(
  subgraph: string,
  context: Partial<ForwardingContext>,
  secret: string,
  headers: HeaderWriter,
): Promise<void> {
  headers.set(VIEWER_HEADER, await signViewer(context.viewer ?? anonymousViewer, secret, context.clientAddress ?? null));
  if (subgraph === COOKIE_SUBGRAPH && context.cookie) headers.set('cookie', context.cookie);
}

interface SubgraphHeaders {
  get(name: string): string | null;
  raw?: () => Record<string, string[]>;
  getSetCookie?: () => string[];
}

/** Set-Cookie headers identity answered with, one entry per cookie (never joined by commas). */
export function setCookiesFrom(subgraph: string, headers: SubgraphHeaders | undefined): string[] {
  if (subgraph !== COOKIE_SUBGRAPH || !headers) return [];
  if (headers.getSetCookie) return headers.getSetCookie();
  if (headers.raw) return headers.raw()['set-cookie'] ?? [];
  const single = headers.get('set-cookie');
  return single ? [single] : [];
}

/** TRUST_PROXY as Express reads it: a hop count, true/false, or addresses and subnets ("loopback, 10.0.0.0/8"). */
export function trustProxySetting(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
