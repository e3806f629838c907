import { requiredTestEnv } from '@pdo/service-kit/testing';
import ExcelJS from 'exceljs';

// The gateway's table exports as the web fetches them (GET /exports/tables/<name> with the access token), and
// the files read back: XLSX with exceljs, CSV by its own rules (`;`, quotes doubled, UTF-8 with a byte-order mark).

export type Cell = ExcelJS.CellValue;

export interface TableDownload {
  status: number;
  fileName: string | null;
  contentType: string | null;
  body: Buffer;
}

export async function downloadTable(name: string, params: Record<string, string>, token?: string): Promise<TableDownload> {
  const url = new URL(`/exports/tables/${name}`, requiredTestEnv('GATEWAY_URL'));
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return {
    status: response.status,
    fileName: encoded ? decodeURIComponent(encoded) : null,
    contentType: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** A refusal's codes, as GraphQL answers carry them. */
export const refusalCodes = (download: TableDownload) =>
  (JSON.parse(download.body.toString('utf8')) as { errors: { message: string; extensions: { code: string } }[] }).errors.map(
    (error) => error.extensions.code,
  );

/** The sheet's rows under their headings. */
export async function xlsxRecords(body: Buffer, sheetName: string): Promise<Record<string, Cell>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet «${sheetName}»`);
  const headings = (sheet.getRow(1).values as Cell[]).slice(1).map(String);
  const records: Record<string, Cell>[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    records.push(Object.fromEntries(headings.map((heading, i) => [heading, row.getCell(i + 1).value])));
  }
  return records;
}

/** RFC 4180 with `;`: the headings' line and the records under them. */
export function csvRecords(body: Buffer): { headings: string[]; records: Record<string, string>[] } {
  const text = body.toString('utf8');
  if (!text.startsWith('\ufeff')) throw new Error('a CSV for Excel starts with a byte-order mark');
  const lines: string[][] = [];
  let line: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      line.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      line.push(field);
      lines.push(line);
      line = [];
      field = '';
      i += 1;
    } else field += char;
  }
  const [headings = [], ...rows] = lines;
  return { headings, records: rows.map((row) => Object.fromEntries(headings.map((heading, i) => [heading, row[i] ?? '']))) };
}
