import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
  /**
   * headers of the gateway's own for the subgraph (e.g. the signed viewer); a refusal thrown here with an
   * `extensions.code` (and `http.status`) is the answer, as JSON, and nothing is forwarded
   */
  headers?: (req: Request) => Promise<Record<string, string>>;
}

interface CodedRefusal {
  message: string;
  extensions?: { code?: unknown; http?: { status?: unknown } };
}

const isCoded = (error: unknown): error is CodedRefusal =>
  error instanceof Error && typeof (error as CodedRefusal).extensions?.code === 'string';

/**
 * A plain-HTTP download from a subgraph, forwarded as it is: the subgraph authorizes it (a signed or one-use
 * link, or none for open data), the gateway streams the body at the reader's pace and passes statuses and
 * refusals on.
 */
export function forwardDownload(
  { target, unavailable, headers: ownHeaders }: DownloadForwarding,
  fetchImpl: typeof fetch = fetch,
): RequestHandler {
  return async (req, res) => {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.header(name);
      if (value) headers[name] = value;
    }
    try {
      Object.assign(headers, await ownHeaders?.(req));
    } catch (error) {
      if (!isCoded(error)) throw error;
      const status = error.extensions?.http?.status;
      res
        .status(typeof status === 'number' ? status : 400)
        .set('cache-control', 'no-store')
        .json({ code: error.extensions?.code, message: error.message });
      return;
    }
    // a reader who leaves stops the subgraph's stream too, so it reads no more rows for nobody
    const left = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) left.abort();
    });
    let upstream: Response;
    try {
      upstream = await fetchImpl(target(req), { headers, signal: left.signal });
    } catch {
      if (res.destroyed) return;
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
    // pipeline, not pipe: when either side breaks the other is destroyed, and a body cut short upstream
    // reaches the reader cut short, never ended as if whole
    await pipeline(Readable.fromWeb(upstream.body as ReadableStream), res).catch(() => {
      left.abort();
      res.destroy();
    });
  };
}
