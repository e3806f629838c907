import { attachmentDisposition, VIEWER_HEADER, verifyForwardedRequest, type Logger } from '@pdo/service-kit';
import { contentTypes, exportFileName, writeTable } from '@pdo/table-export';
import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { isExportToken, type ExportLinkRefusal } from '../domain/children-export.rules';
import { claimChildrenExportLink, streamChildrenExport } from '../operations/children-export.operations';
import { childrenExportBaseName, childrenExportTable } from '../graphql/children-export.table';

export interface ChildrenExportRouteOptions {
  dataSource: DataSource;
  logger: Logger;
  /** read per request, so a test may set the key after building the router */
  gatewaySecret: () => string;
  /** how long a reader may take nothing before the download is cut (its transaction holds a connection) */
  stallMs?: number;
  /** streamed exports at once in this process; each holds a database connection for its whole length */
  maxStreams?: number;
}

type Refusal = { status: number; code: string; message: string };

const AGAIN = 'Нажмите «Скачать» ещё раз, чтобы получить новую ссылку.';

const refusals: Record<ExportLinkRefusal | 'gateway' | 'busy' | 'unavailable', Refusal> = {
  unknown: { status: 404, code: 'LINK_INVALID', message: `Ссылка на выгрузку недействительна. ${AGAIN}` },
  notYours: { status: 403, code: 'LINK_NOT_YOURS', message: 'Эта ссылка на выгрузку выдана другому сотруднику.' },
  used: { status: 410, code: 'LINK_USED', message: `По этой ссылке выгрузка уже скачана: ссылка одноразовая. ${AGAIN}` },
  expired: { status: 410, code: 'LINK_EXPIRED', message: `Срок действия ссылки на выгрузку истёк. ${AGAIN}` },
  gateway: { status: 401, code: 'UNAUTHENTICATED', message: 'Запрос должен приходить через шлюз.' },
  busy: {
    status: 503,
    code: 'EXPORT_BUSY',
    message: 'Сейчас идёт слишком много выгрузок. Попробуйте через минуту — ссылка ещё действует.',
  },
  unavailable: {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message: 'Выгрузка сейчас недоступна. Попробуйте через минуту.',
  },
};

const refuse = (res: Response, { status, code, message }: Refusal) => {
  res.status(status).set('cache-control', 'no-store').json({ code, message });
};

/**
 * `GET /exports/<token>` (forwarded by the gateway): the register of children streamed to the browser from
 * a link `exportChildrenLink` issued. The link is the authorization, checked and used up before the first
 * byte; the rows go out page by page at the reader's pace. A download that breaks midway is cut (never ended
 * cleanly), so a browser shows it failed rather than saving a file that looks whole.
 */
export function childrenExportRoute({
  dataSource,
  logger,
  gatewaySecret,
  stallMs = 60_000,
  maxStreams = 2,
}: ChildrenExportRouteOptions): Router {
  const router = Router();
  let streaming = 0;
  router.get('/exports/:token', async (req, res) => {
    const forwarded = await verifyForwardedRequest(req.header(VIEWER_HEADER) ?? '', gatewaySecret()).catch(() => null);
    if (!forwarded) return refuse(res, refusals.gateway);
    const token = String(req.params.token);
    if (!isExportToken(token)) return refuse(res, refusals.unknown);
    // checked before the link is used, so a refused reader may try the same link again
    if (streaming >= maxStreams) return refuse(res, refusals.busy);
    streaming += 1;
    try {
      let claim;
      try {
        claim = await claimChildrenExportLink(dataSource, token, forwarded.viewer);
      } catch (error) {
        logger.error({ err: error }, 'children export: the link could not be checked');
        return refuse(res, refusals.unavailable);
      }
      if ('refusal' in claim) return refuse(res, refusals[claim.refusal]);
      const { request } = claim.claimed;
      res.status(200).set({
        'content-type': contentTypes[request.format],
        'content-disposition': attachmentDisposition(exportFileName(childrenExportBaseName(request.scope), request.format)),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      res.setTimeout(stallMs, () => res.destroy());
      try {
        const rows = await streamChildrenExport(dataSource, claim.claimed, (pages) =>
          writeTable(res, request.format, childrenExportTable(request.scope.documents), pages),
        );
        logger.info(
          { rows, format: request.format, municipalityCode: request.scope.municipalityCode },
          'children export streamed',
        );
      } catch (error) {
        // a reader who stops the download midway is no failure of ours; the journal says it was aborted
        if (res.destroyed) logger.info('children export: the reader left before the end');
        else logger.error({ err: error }, 'children export failed midway');
        res.destroy();
      }
    } finally {
      streaming -= 1;
    }
  });
  return router;
}
