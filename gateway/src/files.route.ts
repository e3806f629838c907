import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { RequestHandler } from 'express';

/** What the browser needs of notifications' answer; everything else (its internal headers) stays behind. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'content-length', 'cache-control'];

/**
 * `GET /files/<token>`: downloads through short-lived links. The signed token is the whole authorization and
 * notifications checks it, so the gateway only forwards, streaming the PDF and passing refusals (403, 404, 410) on.
 */
export function filesRoute(notificationsGraphqlUrl: string, fetchImpl: typeof fetch = fetch): RequestHandler {
  return async (req, res) => {
    const token = String(req.params.token);
    const target = new URL(`/files/${encodeURIComponent(token)}`, notificationsGraphqlUrl);
    let upstream: Response;
    try {
      upstream = await fetchImpl(target);
    } catch {
      res.status(503).json({ code: 'SERVICE_UNAVAILABLE', message: 'Сервис документов недоступен. Попробуйте через минуту.' });
      return;
    }
    res.status(upstream.status);
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    if (!upstream.body) {
      res.end();
      return;
    }
    Readable.fromWeb(upstream.body as ReadableStream).pipe(res);
  };
}
