import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { Request, RequestHandler } from 'express';

/** What the browser needs of a subgraph's download; everything else (its internal headers) stays behind. */
const PASSED_HEADERS = [
  'content-type',
  'content-disposition',
  'content-length',
  'cache-control',
  'etag',
  'last-modified',
  'x-open-data-version',
];

/** Conditional requests reach the subgraph, so a cached copy is answered with a 304 there. */
const FORWARDED_REQUEST_HEADERS = ['if-none-match'];

export interface DownloadForwarding {
  /** the subgraph's URL for this request */
  target: (req: Request) => URL;
  /** what the reader is told when the subgraph cannot be reached */
  unavailable: string;
}

/**
 * A plain-HTTP download from a subgraph, forwarded as it is: the subgraph authorizes it (a signed link, or
 * none for open data), the gateway streams the body and passes statuses and refusals on.
 */
export function forwardDownload({ target, unavailable }: DownloadForwarding, fetchImpl: typeof fetch = fetch): RequestHandler {
  return async (req, res) => {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.header(name);
      if (value) headers[name] = value;
    }
    let upstream: Response;
    try {
      upstream = await fetchImpl(target(req), { headers });
    } catch {
      res.status(503).json({ code: 'SERVICE_UNAVAILABLE', message: unavailable });
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
