import type { RequestHandler } from 'express';
import { forwardDownload } from './download.forwarding';

/**
 * `GET /files/<token>`: downloads through short-lived links. The signed token is the whole authorization and
 * notifications checks it, so the gateway only forwards, streaming the PDF and passing refusals (403, 404, 410) on.
 */
export function filesRoute(notificationsGraphqlUrl: string, fetchImpl: typeof fetch = fetch): RequestHandler {
  return forwardDownload(
    {
      target: (req) => new URL(`/files/${encodeURIComponent(String(req.params.token))}`, notificationsGraphqlUrl),
      unavailable: 'Сервис документов недоступен. Попробуйте через минуту.',
    },
    fetchImpl,
  );
}
