import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { filesRoute } from './files.route';

/** A stand-in notifications service on a real socket, answering as its /files route does. */
async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('GET /files/:token on the gateway', () => {
  const pdf = Buffer.from('%PDF-1.7 test body');
  let notifications: { server: Server; url: string };
  let gateway: { server: Server; url: string };
  const seen: string[] = [];

  beforeAll(async () => {
    notifications = await listen(
      express().get('/files/:token', (req, res) => {
        seen.push(req.params.token);
        if (req.params.token === 'old') {
          res.status(410).json({ code: 'LINK_EXPIRED', message: 'Срок действия ссылки истёк.' });
          return;
        }
        res
          .set({ 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="a.pdf"', 'x-internal': '1' })
          .send(pdf);
      }),
    );
    gateway = await listen(express().get('/files/:token', filesRoute(`${notifications.url}/graphql`)));
  });

  afterAll(async () => {
    await new Promise((resolve) => gateway.server.close(resolve));
    await new Promise((resolve) => notifications.server.close(resolve));
  });

  it('streams the document with its type and name, and keeps internal headers back', async () => {
    const token = '0b6f7c1e-8d5a-4f3e-9a2b-1c4d5e6f7a8b.1790000000.abc_-';
    const response = await fetch(`${gateway.url}/files/${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(seen).toContain(token);
  });

  it('passes a refusal on with its status and reason', async () => {
    const response = await fetch(`${gateway.url}/files/old`);
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ code: 'LINK_EXPIRED', message: 'Срок действия ссылки истёк.' });
  });

  it('answers 503 with a reason when notifications cannot be reached', async () => {
    const closed = await listen(express());
    await new Promise((resolve) => closed.server.close(resolve));
    const orphan = await listen(express().get('/files/:token', filesRoute(`${closed.url}/graphql`)));
    try {
      const response = await fetch(`${orphan.url}/files/x`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { code: string }).code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await new Promise((resolve) => orphan.server.close(resolve));
    }
  });
});
