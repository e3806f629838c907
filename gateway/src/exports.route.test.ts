import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anonymousViewer, DomainError, VIEWER_HEADER, verifyForwardedRequest, type Viewer } from '@pdo/service-kit';
import express from 'express';
import { exportsRoute } from './exports.route';

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const SECRET = 'a-gateway-secret-for-this-test-only-0123456789';
const TOKEN = 'Q2hpbGRyZW4tZXhwb3J0LXRva2VuLWZvci10ZXN0aW5n_-A';
const operator: Viewer = {
  userId: '00000000-0000-4000-8000-000000000007',
  roles: ['operator'],
  municipalityCode: '07',
  providerId: null,
  viaApiKey: false,
};

/** Stands in for the gateway's verification of the Authorization header. */
async function viewerOf(req: express.Request): Promise<Viewer> {
  const header = req.header('authorization');
  if (!header) return anonymousViewer;
  if (header === 'Bearer operator') return operator;
  throw new DomainError('UNAUTHENTICATED', 'Сеанс истёк или недействителен. Войдите снова.', { http: { status: 401 } });
}

describe('GET /exports/:token on the gateway', () => {
  let identity: { server: Server; url: string };
  let gateway: { server: Server; url: string };
  const seen: { token: string; viewer: Viewer | null }[] = [];
  let readerLeft: Promise<boolean> = Promise.resolve(false);

  beforeAll(async () => {
    identity = await listen(
      express().get('/exports/:token', async (req, res) => {
        const forwarded = await verifyForwardedRequest(req.header(VIEWER_HEADER) ?? '', SECRET).catch(() => null);
        seen.push({ token: req.params.token, viewer: forwarded?.viewer ?? null });
        if (req.params.token === 'used') {
          res.status(410).json({ code: 'LINK_USED', message: 'По этой ссылке выгрузка уже скачана.' });
          return;
        }
        res.set({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="____-07.csv"; filename*=UTF-8''${encodeURIComponent('дети-07.csv')}`,
          'cache-control': 'private, no-store',
          'x-internal': '1',
        });
        if (req.params.token === 'endless') {
          // a table that never ends: only the reader leaving stops it
          readerLeft = new Promise((resolve) => res.once('close', () => resolve(!res.writableFinished)));
          const line = 'Тестова;Дарья;Петровна\r\n'.repeat(1000);
          const more = () => {
            while (!res.destroyed && res.write(line));
            if (!res.destroyed) res.once('drain', more);
          };
          more();
          return;
        }
        res.write('\ufeffФамилия;Имя\r\n');
        setTimeout(() => res.end('Тестова;Дарья\r\n'), 20);
      }),
    );
    gateway = await listen(express().get('/exports/:token', exportsRoute(`${identity.url}/graphql`, SECRET, viewerOf)));
  });

  afterAll(async () => {
    gateway.server.closeAllConnections();
    identity.server.closeAllConnections();
    await new Promise((resolve) => gateway.server.close(resolve));
    await new Promise((resolve) => identity.server.close(resolve));
  });

  it('streams the file with its Russian name, forwarding the token and a signed guest viewer for a browser', async () => {
    const response = await fetch(`${gateway.url}/exports/${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="____-07.csv"; filename*=UTF-8''${encodeURIComponent('дети-07.csv')}`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('\ufeffФамилия;Имя\r\nТестова;Дарья\r\n');
    expect(seen.at(-1)).toEqual({ token: TOKEN, viewer: anonymousViewer });
  });

  it('forwards who is signed in, so identity can refuse someone else’s link', async () => {
    const response = await fetch(`${gateway.url}/exports/${TOKEN}`, { headers: { authorization: 'Bearer operator' } });
    await response.arrayBuffer();
    expect(seen.at(-1)).toEqual({ token: TOKEN, viewer: operator });
  });

  it('refuses a bad access token itself with 401 and a reason, asking identity nothing', async () => {
    const before = seen.length;
    const response = await fetch(`${gateway.url}/exports/${TOKEN}`, { headers: { authorization: 'Bearer stale' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Сеанс истёк или недействителен. Войдите снова.' });
    expect(seen).toHaveLength(before);
  });

  it('passes a refusal on with its status and reason', async () => {
    const response = await fetch(`${gateway.url}/exports/used`);
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ code: 'LINK_USED', message: 'По этой ссылке выгрузка уже скачана.' });
  });

  it('stops identity’s stream when the reader leaves', async () => {
    const abort = new AbortController();
    const response = await fetch(`${gateway.url}/exports/endless`, { signal: abort.signal });
    const reader = response.body!.getReader();
    await reader.read();
    abort.abort();
    expect(await readerLeft).toBe(true);
  });

  it('answers 503 with a reason when identity cannot be reached', async () => {
    const closed = await listen(express());
    await new Promise((resolve) => closed.server.close(resolve));
    const orphan = await listen(express().get('/exports/:token', exportsRoute(`${closed.url}/graphql`, SECRET, viewerOf)));
    try {
      const response = await fetch(`${orphan.url}/exports/x`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: 'Выгрузка сейчас недоступна. Попробуйте через минуту.',
      });
    } finally {
      await new Promise((resolve) => orphan.server.close(resolve));
    }
  });
});
