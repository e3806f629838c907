import { anonymousViewer, verifyForwardedRequest, VIEWER_HEADER } from '@pdo/service-kit';
import { forwardToSubgraph, setCookiesFrom, trustProxySetting, type ForwardingContext } from './subgraph.forwarding';

const secret = 'g'.repeat(40);
const context: ForwardingContext = {
  viewer: anonymousViewer,
  clientAddress: '203.0.113.7',
  cookie: 'pdo_refresh=abc',
  setCookies: () => undefined,
};

const forwarded = async (subgraph: string, from = context) => {
  const headers = new Map<string, string>();
  await forwardToSubgraph(subgraph, from, secret, headers);
  return headers;
};

describe('forwarding to subgraphs', () => {
  it('signs the viewer together with the client address for every subgraph', async () => {
    for (const subgraph of ['identity', 'billing']) {
      const token = (await forwarded(subgraph)).get(VIEWER_HEADER) as string;
      expect(await verifyForwardedRequest(token, secret)).toEqual({ viewer: anonymousViewer, clientAddress: '203.0.113.7' });
    }
  });

  it('sends the gateway’s own requests as a guest without an address', async () => {
    const token = (await forwarded('identity', {} as ForwardingContext)).get(VIEWER_HEADER) as string;
    expect(await verifyForwardedRequest(token, secret)).toEqual({ viewer: anonymousViewer, clientAddress: null });
  });

  it('passes the client’s cookies to identity only', async () => {
    expect((await forwarded('identity')).get('cookie')).toBe('pdo_refresh=abc');
    expect((await forwarded('certificates')).has('cookie')).toBe(false);
    expect((await forwarded('identity', { ...context, cookie: undefined })).has('cookie')).toBe(false);
  });

  it('passes identity’s Set-Cookie headers back one by one, and nobody else’s', () => {
    const cookies = ['pdo_refresh=a; HttpOnly', 'other=b, with a comma; HttpOnly'];
    expect(setCookiesFrom('identity', { get: () => cookies.join(', '), raw: () => ({ 'set-cookie': cookies }) })).toEqual(
      cookies,
    );
    expect(setCookiesFrom('identity', { get: () => null, getSetCookie: () => cookies })).toEqual(cookies);
    expect(setCookiesFrom('identity', { get: () => cookies[0] })).toEqual([cookies[0]]);
    expect(setCookiesFrom('identity', { get: () => null })).toEqual([]);
    expect(setCookiesFrom('navigator', { get: () => cookies[0], raw: () => ({ 'set-cookie': cookies }) })).toEqual([]);
    expect(setCookiesFrom('identity', undefined)).toEqual([]);
  });

  it('reads TRUST_PROXY as Express expects it', () => {
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('true')).toBe(true);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});
