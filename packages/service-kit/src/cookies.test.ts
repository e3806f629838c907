import { httpOnlyCookie, parseCookies } from './cookies';

describe('cookies', () => {
  it('parses a Cookie header, skipping malformed pairs and keeping the first of repeated names', () => {
    expect(parseCookies('a=1; pdo_refresh=abc%2Bd; =x; b; a=2; c=%E0')).toEqual({ a: '1', pdo_refresh: 'abc+d' });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('makes an httpOnly, SameSite=Strict cookie, Secure only when asked', () => {
    expect(httpOnlyCookie('pdo_refresh', 'a+b', { maxAgeSeconds: 60, path: '/graphql', secure: false })).toBe(
      'pdo_refresh=a%2Bb; Max-Age=60; Path=/graphql; HttpOnly; SameSite=Strict',
    );
    expect(httpOnlyCookie('x', 'y', { maxAgeSeconds: 0, path: '/', secure: true })).toMatch(/; Secure$/);
  });
});
