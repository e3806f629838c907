import type { Logger } from '@pdo/service-kit';
import { csvLine, writeChunk } from '@pdo/table-export';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { catalogueCsvColumns, catalogueCsvRecords, type CatalogueCsvRecord } from './catalogue.csv';
import { catalogueDocument, catalogueRevision, readCatalogue } from './catalogue.query';
import { catalogueJsonSchema, OPEN_DATA_VERSION } from './catalogue.schema';

export interface OpenDataRouteOptions {
  dataSource: DataSource;
  logger: Logger;
}

/**
 * Anyone may keep a copy, but must ask again before using it: the ETag is the catalogue's revision, so the
 * answer to a repeated request is a 304 without a body until programs, groups or providers change.
 */
const CACHE_CONTROL = 'public, no-cache';

const etagOf = (kind: 'json' | 'csv', revision: string) => `"${kind}-${revision}"`;

/** `If-None-Match` may list several tags or be `*` (RFC 9110 §13.1.2). */
const matches = (req: Request, etag: string) => {
  const header = req.header('if-none-match');
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
};

const unavailable = (res: Response) => {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(503).set('cache-control', 'no-store').json({
    code: 'SERVICE_UNAVAILABLE',
    message: 'Открытые данные сейчас недоступны. Попробуйте через минуту.',
  });
};

/**
 * `GET /open-data/catalogue.json`, `catalogue.csv` and `catalogue.schema.json`: the public catalogue with no
 * personal data, without sign-in (the gateway forwards these to navigator as they are).
 */
export function openDataRoute({ dataSource, logger }: OpenDataRouteOptions): Router {
  const router = Router();

  router.get('/open-data/catalogue.schema.json', (_req, res) => {
    res
      .status(200)
      .set({ 'content-type': 'application/schema+json; charset=utf-8', 'cache-control': 'public, max-age=3600' })
      .send(JSON.stringify(catalogueJsonSchema, null, 2));
  });

  router.get('/open-data/catalogue.json', async (req, res) => {
    try {
      const revision = await catalogueRevision(dataSource.manager);
      const etag = etagOf('json', revision);
      res.set({ etag, 'cache-control': CACHE_CONTROL, 'x-open-data-version': OPEN_DATA_VERSION });
      if (matches(req, etag)) {
        res.status(304).end();
        return;
      }
      const document = await catalogueDocument(dataSource);
      res
        .status(200)
        .set({
          etag: etagOf('json', document.revision),
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'inline; filename="catalogue.json"',
        })
        .send(JSON.stringify(document));
    } catch (error) {
      logger.error({ err: error }, 'open-data catalogue.json failed');
      unavailable(res);
    }
  });

  router.get('/open-data/catalogue.csv', async (req, res) => {
    try {
      const revision = await catalogueRevision(dataSource.manager);
      const etag = etagOf('csv', revision);
      if (matches(req, etag)) {
        res.status(304).set({ etag, 'cache-control': CACHE_CONTROL }).end();
        return;
      }
      // Streamed from the database page by page; the headers go out with the first page, whose snapshot
      // gives the ETag (it may be newer than the one just compared).
      const cells = (record: CatalogueCsvRecord) => catalogueCsvColumns.map(([, cell]) => cell(record));
      await readCatalogue(dataSource, async (snapshotRevision, programs) => {
        if (!res.headersSent) {
          res.status(200).set({
            etag: etagOf('csv', snapshotRevision),
            'cache-control': CACHE_CONTROL,
            'x-open-data-version': OPEN_DATA_VERSION,
            'content-type': 'text/csv; charset=utf-8; header=present',
            'content-disposition': 'attachment; filename="catalogue.csv"',
          });
          await writeChunk(
            res,
            csvLine(
              catalogueCsvColumns.map(([name]) => name),
              ',',
            ),
          );
        }
        const records = catalogueCsvRecords(programs);
        if (records.length > 0) await writeChunk(res, records.map((record) => csvLine(cells(record), ',')).join(''));
      });
      res.end();
    } catch (error) {
      // a reader who stops the download midway is no failure of ours
      if (res.destroyed) logger.info('open-data catalogue.csv: the reader left before the end');
      else logger.error({ err: error }, 'open-data catalogue.csv failed');
      unavailable(res);
    }
  });

  return router;
}
