import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { openDataRoute } from './open-data.route';

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('GET /open-data/:file on the gateway', () => {
  let navigator: { server: Server; url: string };
  let gateway: { server: Server; url: string };
  const seen: { file: string; ifNoneMatch?: string; viewer?: string }[] = [];

  beforeAll(async () => {
    navigator = await listen(
      express().get('/open-data/:file', (req, res) => {
        seen.push({ file: req.params.file, ifNoneMatch: req.header('if-none-match'), viewer: req.header('x-pdo-viewer') });
        res.set({ etag: '"csv-r1"', 'cache-control': 'public, no-cache', 'x-internal': '1' });
        if (req.header('if-none-match') === '"csv-r1"') {
          res.status(304).end();
          return;
        }
        res.type('text/csv').send('program_id\r\n');
      }),
    );
    gateway = await listen(express().get('/open-data/:file', openDataRoute(`${navigator.url}/graphql`)));
  });

  afterAll(async () => {
    await new Promise((resolve) => gateway.server.close(resolve));
    await new Promise((resolve) => navigator.server.close(resolve));
  });

  it('streams the file with its cache headers and no viewer, and keeps internal headers back', async () => {
    const response = await fetch(`${gateway.url}/open-data/catalogue.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"csv-r1"');
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(await response.text()).toBe('program_id\r\n');
    expect(seen.at(-1)).toEqual({ file: 'catalogue.csv', ifNoneMatch: undefined, viewer: undefined });
  });

  it('passes the reader’s If-None-Match on and its 304 back', async () => {
    const response = await fetch(`${gateway.url}/open-data/catalogue.csv`, { headers: { 'if-none-match': '"csv-r1"' } });
    expect(response.status).toBe(304);
    expect(seen.at(-1)?.ifNoneMatch).toBe('"csv-r1"');
  });
});
