import { attachmentDisposition, type Logger } from '@pdo/service-kit';
import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { verifyDownloadToken } from '../domain/download-token';
import { loadDocument } from '../documents/document.store';
import { renderDocument } from '../documents/document.renderer';

export interface FilesRouteOptions {
  dataSource: DataSource;
  logger: Logger;
  /** read per request, so a test may set the key after building the router */
  secret: () => string;
}

type Refusal = { status: number; code: string; message: string };

const refusals = {
  malformed: { status: 404, code: 'LINK_INVALID', message: 'Ссылка недействительна. Получите новую ссылку в личном кабинете.' },
  forged: { status: 403, code: 'LINK_INVALID', message: 'Ссылка недействительна. Получите новую ссылку в личном кабинете.' },
  expired: {
    status: 410,
    code: 'LINK_EXPIRED',
    message: 'Срок действия ссылки истёк. Нажмите «Скачать» в личном кабинете ещё раз.',
  },
  missing: { status: 404, code: 'DOCUMENT_NOT_FOUND', message: 'Документ не найден.' },
} satisfies Record<string, Refusal>;

const refuse = (res: Response, { status, code, message }: Refusal) => {
  res.status(status).set('cache-control', 'no-store').json({ code, message });
};

/** `GET /files/<token>`: the token is the whole authorization, so it is short-lived and signed (see download-token). */
export function filesRoute({ dataSource, logger, secret }: FilesRouteOptions): Router {
  const router = Router();
  router.get('/files/:token', async (req, res) => {
    const check = verifyDownloadToken(req.params.token, secret(), new Date());
    if (!check.ok) return refuse(res, refusals[check.reason]);
    try {
      const document = await loadDocument(dataSource.manager, check.documentId);
      if (!document) return refuse(res, refusals.missing);
      const { fileName, pdf } = await renderDocument(document);
      res
        .status(200)
        .set({
          'content-type': 'application/pdf',
          'content-disposition': attachmentDisposition(fileName),
          'cache-control': 'private, no-store',
        })
        .send(pdf);
    } catch (error) {
      logger.error({ err: error, documentId: check.documentId }, 'document could not be rendered');
      refuse(res, {
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Не удалось подготовить документ. Попробуйте ещё раз позже.',
      });
    }
  });
  return router;
}
