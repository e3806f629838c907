import type { RequestHandler } from 'express';
import { forwardDownload } from './download.forwarding';

/** `GET /open-data/<file>`: the public catalogue, served by navigator without sign-in; no viewer is forwarded. */
export function openDataRoute(navigatorGraphqlUrl: string, fetchImpl: typeof fetch = fetch): RequestHandler {
  return forwardDownload(
    {
      target: (req) => new URL(`/open-data/${encodeURIComponent(String(req.params.file))}`, navigatorGraphqlUrl),
      unavailable: 'Открытые данные сейчас недоступны. Попробуйте через минуту.',
    },
    fetchImpl,
  );
}
