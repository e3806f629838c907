import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { anonymousViewer, createLogger, signViewer, VIEWER_HEADER, type Viewer } from '@pdo/service-kit';
import { writeTable } from '@pdo/table-export';
import ExcelJS from 'exceljs';
import express from 'express';
import { childrenExportTable } from '../src/graphql/children-export.table';
import { childrenExportRoute } from '../src/http/children-export.route';
import { claimChildrenExportLink, streamChildrenExport } from '../src/operations/children-export.operations';
import { eventually } from '@pdo/service-kit/testing';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const LINK =
  'mutation ($format: String!, $reason: String!, $municipalityCode: String) { exportChildrenLink(format: $format, reason: $reason, municipalityCode: $municipalityCode) { url fileName expiresAt } }';
const INLINE =
  'mutation ($format: String!, $reason: String!, $municipalityCode: String) { exportChildren(format: $format, reason: $reason, municipalityCode: $municipalityCode) { rowCount } }';

interface Link {
  url: string;
  fileName: string;
  expiresAt: string;
}

interface JournalRow {
  actor_user_id: string;
  reason: string;
  export_format: string;
  row_count: number | null;
  municipality_code: string | null;
  export_outcome: string;
}

const SECRET = 'a-gateway-secret-for-this-test-only-0123456789';
/** children of Киселевск: seven export pages, ties on every name column */
const BULK = 6500;

describe('streamed export of the register of children (GET /exports/:token)', () => {
  let h: IdentityHarness;
  let server: Server;
  let origin: string;
  let operator07: Viewer;
  let operator01: Viewer;
  let admin: Viewer;

  const journal = async () =>
    (await h.db.dataSource.query(
      `SELECT actor_user_id, reason, export_format, row_count, municipality_code, export_outcome
         FROM audit_log WHERE record_type = 'export' ORDER BY id`,
    )) as JournalRow[];
  // the server completes an entry just after the last byte has left, so a reader who has it all may be first
  const settledJournal = () =>
    eventually('the export journal to settle', journal, (rows) => rows.every((row) => row.export_outcome !== 'streaming'));

  const linkFor = async (viewer: Viewer, variables: Record<string, unknown>) =>
    (await h.run<{ exportChildrenLink: Link }>(viewer, LINK, variables)).exportChildrenLink;

  /** as the gateway forwards a browser's download: a signed viewer, a guest unless the request was signed in */
  const download = async (url: string, viewer: Viewer = anonymousViewer, init: RequestInit = {}) =>
    fetch(`${origin}${url}`, { ...init, headers: { [VIEWER_HEADER]: await signViewer(viewer, SECRET) } });

  beforeAll(async () => {
    process.env.GATEWAY_SECRET ??= SECRET;
    h = await startIdentity();
    operator07 = await addUser(h, 'operator07', ['operator'], '07');
    operator01 = await addUser(h, 'operator01', ['operator'], '01');
    admin = await addUser(h, 'admin', ['regional_admin']);
    await h.db.dataSource.query(
      `INSERT INTO children (last_name, first_name, patronymic, birth_date, sex, address, municipality_code, attends_school)
       SELECT 'Тестова', 'Дарья', CASE WHEN i % 2 = 0 THEN NULL ELSE 'Петровна' END, date '2016-01-01' + (i % 300),
              'female', 'ул. Весенняя, д. ' || i, CASE WHEN i <= ${BULK} THEN '07' ELSE '01' END, i % 3 = 0
         FROM generate_series(1, ${BULK + 10}) AS i`,
    );
    await h.db.dataSource.query(
      `INSERT INTO identity_documents (child_id, kind, series, number, issued_on, issuer, created_by)
       SELECT id, 'birth_certificate', 'III-ЛО', '512345', date '2016-02-01', 'Отдел ЗАГС', $1
         FROM children WHERE address = 'ул. Весенняя, д. 7'`,
      [operator07.userId],
    );
    const app = express().use(
      childrenExportRoute({
        dataSource: h.db.dataSource,
        logger: createLogger('identity', 'silent'),
        gatewaySecret: () => SECRET,
        stallMs: 3000,
      }),
    );
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await h.db.drop();
  });

  it('streams the operator his municipality as CSV under its Russian name; the link then is used up', async () => {
    const link = await linkFor(operator07, { format: 'csv', reason: 'Сверка со школами' });
    expect(link.url).toMatch(/^\/exports\/[A-Za-z0-9_-]{43}$/);
    expect(link.fileName).toBe('дети-07.csv');
    const ttl = new Date(link.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    // issuing the link reads nothing and journals nothing
    expect(await journal()).toEqual([]);

    const response = await download(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="____-07.csv"; filename*=UTF-8''${encodeURIComponent('дети-07.csv')}`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const lines = Buffer.from(await response.arrayBuffer())
      .toString('utf8')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]!.startsWith('\ufeffФамилия;Имя;Отчество;Дата рождения;')).toBe(true);
    expect(lines).toHaveLength(BULK + 1);
    // every child of the municipality exactly once across the pages, none of another
    const addresses = lines.slice(1).map((line) => /"ул\. Весенняя, д\. (\d+)"/.exec(line)![1]);
    expect(new Set(addresses).size).toBe(BULK);
    expect(lines.every((line) => !line.includes('г. Кемерово'))).toBe(true);
    expect(lines.find((line) => line.includes('д. 7"'))).toContain('свидетельство о рождении III-ЛО 512345');

    expect(await settledJournal()).toEqual([
      {
        actor_user_id: operator07.userId,
        reason: 'Сверка со школами',
        export_format: 'csv',
        row_count: BULK,
        municipality_code: '07',
        export_outcome: 'complete',
      },
    ]);
    const again = await download(link.url);
    expect(again.status).toBe(410);
    expect(await again.json()).toEqual({
      code: 'LINK_USED',
      message: 'По этой ссылке выгрузка уже скачана: ссылка одноразовая. Нажмите «Скачать» ещё раз, чтобы получить новую ссылку.',
    });
    expect(await journal()).toHaveLength(1);
  });

  it('streams the regional admin the whole region as XLSX, documents by kind only, journaled once', async () => {
    const before = (await journal()).length;
    const link = await linkFor(admin, { format: 'xlsx', reason: 'Годовой отчёт РМЦ' });
    expect(link.fileName).toBe('дети-регион.xlsx');
    const response = await download(link.url, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Дети')!;
    expect(sheet.rowCount).toBe(BULK + 10 + 1);
    expect(sheet.getRow(1).getCell(9).value).toBe('Документ (вид)');
    const documents: unknown[] = [];
    sheet.eachRow((row) => documents.push(row.getCell(9).value));
    expect(documents).toContain('свидетельство о рождении');
    expect(JSON.stringify(documents)).not.toContain('512345');
    const entries = await settledJournal();
    expect(entries.slice(before)).toEqual([
      {
        actor_user_id: admin.userId,
        reason: 'Годовой отчёт РМЦ',
        export_format: 'xlsx',
        row_count: BULK + 10,
        municipality_code: null,
        export_outcome: 'complete',
      },
    ]);
  });

  it('refuses another person signed in with the link, and still serves its owner', async () => {
    const link = await linkFor(operator07, { format: 'csv', reason: 'Проверка' });
    const before = (await journal()).length;
    const stranger = await download(link.url, operator01);
    expect(stranger.status).toBe(403);
    expect(await stranger.json()).toEqual({
      code: 'LINK_NOT_YOURS',
      message: 'Эта ссылка на выгрузку выдана другому сотруднику.',
    });
    expect(await journal()).toHaveLength(before);
    const owner = await download(link.url, operator07);
    expect(owner.status).toBe(200);
    await owner.arrayBuffer();
    expect(await journal()).toHaveLength(before + 1);
  });

  it('refuses an expired, unknown or malformed link, or one not forwarded by the gateway, with a code and no entry', async () => {
    const before = (await journal()).length;
    const link = await linkFor(operator07, { format: 'csv', reason: 'Проверка' });
    await h.db.dataSource.query(`UPDATE children_export_links SET expires_at = now() - interval '1 second'`);
    const expired = await download(link.url);
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { code: string }).code).toBe('LINK_EXPIRED');
    const unknown = await download(`/exports/${'A'.repeat(43)}`);
    expect([unknown.status, ((await unknown.json()) as { code: string }).code]).toEqual([404, 'LINK_INVALID']);
    const malformed = await download('/exports/not-a-token');
    expect([malformed.status, ((await malformed.json()) as { code: string }).code]).toEqual([404, 'LINK_INVALID']);
    const direct = await fetch(`${origin}${link.url}`);
    expect(direct.status).toBe(401);
    expect(((await direct.json()) as { message: string }).message).toBe('Запрос должен приходить через шлюз.');
    expect(await journal()).toHaveLength(before);
  });

  it('journals a download the reader breaks off as aborted, with the rows handed over; the link stays used', async () => {
    const before = (await journal()).length;
    const link = await linkFor(operator07, { format: 'csv', reason: 'Проверка обрыва' });
    const abort = new AbortController();
    const response = await download(link.url, anonymousViewer, { signal: abort.signal });
    const reader = response.body!.getReader();
    await reader.read();
    abort.abort();
    let entry: JournalRow | undefined;
    for (let i = 0; i < 100 && entry?.export_outcome !== 'aborted'; i++) {
      await sleep(50);
      entry = (await journal())[before];
    }
    expect(entry).toMatchObject({ reason: 'Проверка обрыва', export_outcome: 'aborted' });
    expect(entry!.row_count).toBeLessThan(BULK);
    expect((await journal()).length).toBe(before + 1);
    expect((await download(link.url)).status).toBe(410);
  });

  it('reads the next page only as the reader takes the rows: one page at a time whatever the table', async () => {
    const link = await linkFor(operator07, { format: 'xlsx', reason: 'Проверка памяти' });
    const claim = await claimChildrenExportLink(h.db.dataSource, link.url.slice('/exports/'.length), anonymousViewer);
    if (!('claimed' in claim)) throw new Error(`refused: ${claim.refusal}`);
    const held: (() => void)[] = [];
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(_chunk, _encoding, callback) {
        held.push(callback);
      },
    });
    const release = () => {
      out._write = (_chunk, _encoding, callback) => callback();
      for (const callback of held.splice(0)) callback();
    };
    const pagesRead = { count: 0 };
    const streamed = streamChildrenExport(h.db.dataSource, claim.claimed, async (pages) => {
      async function* tallied() {
        for await (const page of pages) {
          pagesRead.count += 1;
          yield page;
        }
      }
      return writeTable(out, 'xlsx', childrenExportTable('full'), tallied());
    });
    await sleep(1000);
    // 7 pages in the table; with a reader that takes nothing, at most the first ones are read
    expect(pagesRead.count).toBeLessThanOrEqual(3);
    release();
    expect(await streamed).toBe(BULK);
    expect(pagesRead.count).toBe(7);
  });

  it('keeps the inline answer for what fits in one, and sends larger exports to the link', async () => {
    await h.db.dataSource.query(
      `INSERT INTO children (last_name, first_name, birth_date, sex, address, municipality_code, attends_school)
       SELECT 'Объёмова', 'Анна', date '2016-01-01', 'female', 'ул. Длинная, д. ' || i, '07', true
         FROM generate_series(1, 20000 - ${BULK} + 1) AS i`,
    );
    const before = (await journal()).length;
    expect(await h.errorOf(operator07, INLINE, { format: 'csv', reason: 'Проверка' })).toEqual(
      expect.objectContaining({
        code: 'EXPORT_TOO_LARGE',
        message: 'В выгрузке больше 20\u00a0000 строк: скачайте её по ссылке (exportChildrenLink).',
      }),
    );
    expect(await journal()).toHaveLength(before);
    const { exportChildren } = await h.run<{ exportChildren: { rowCount: number } }>(admin, INLINE, {
      format: 'csv',
      reason: 'Проверка',
      municipalityCode: '01',
    });
    expect(exportChildren.rowCount).toBe(10);
  }, 60_000);
});
