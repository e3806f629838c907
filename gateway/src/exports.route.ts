import { signViewer, VIEWER_HEADER, type Viewer } from '@pdo/service-kit';
import type { Request, RequestHandler } from 'express';
import { forwardDownload } from './download.forwarding';

/**
 * `GET /exports/<token>`: staff tables with personal data, streamed by identity from a one-use link that an
 * export mutation issued. The link is the authorization, but identity also learns who is asking (a browser's
 * download is a guest; a signed-in client with someone else's link is refused), so the viewer is signed and
 * forwarded as with GraphQL, and a bad access token is refused here.
 */
export function exportsRoute(
  identityGraphqlUrl: string,
  secret: string,
  viewerOf: (req: Request) => Promise<Viewer>,
  fetchImpl: typeof fetch = fetch,
): RequestHandler {
  return forwardDownload(
    {
      target: (req) => new URL(`/exports/${encodeURIComponent(String(req.params.token))}`, identityGraphqlUrl),
      unavailable: 'Выгрузка сейчас недоступна. Попробуйте через минуту.',
      headers: async (req) => ({ [VIEWER_HEADER]: await signViewer(await viewerOf(req), secret, req.ip ?? null) }),
    },
    fetchImpl,
  );
}
