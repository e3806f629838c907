import { PassThrough, type Writable } from 'node:stream';
import { writeCsv } from './csv';
import { contentTypes, csvCell, type ExportFormat, type TableDefinition } from './table';
import { writeXlsx } from './xlsx';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  rows: number;
}

/** The file's name as it is saved: `дети-07.csv`. */
export const exportFileName = (baseName: string, format: ExportFormat) => `${baseName}.${format}`;

/**
 * A staff table written to `out` as XLSX, or CSV for Excel (`;`, UTF-8 with a byte-order mark), both with the
 * Russian headings, page by page as the pages arrive and only as fast as `out` takes them; `out` is ended when
 * the last row is written. Rejects (and reads no further page) when `out` is closed before the end.
 */
export async function writeTable<Row>(
  out: Writable,
  format: ExportFormat,
  table: TableDefinition<Row>,
  pages: AsyncIterable<readonly Row[]>,
): Promise<number> {
  if (format === 'xlsx') return writeXlsx(out, table, pages);
  const rows = await writeCsv(
    out,
    table.columns.map((column) => column.heading),
    (row: Row) => table.columns.map((column) => csvCell(column.kind, column.value(row))),
    pages,
    { separator: ';', bom: true },
  );
  out.end();
  return rows;
}

/** A staff table as a whole file in memory (for answers that carry it); `writeTable` streams it instead. */
export async function exportTable<Row>(
  format: ExportFormat,
  table: TableDefinition<Row>,
  pages: AsyncIterable<readonly Row[]>,
  baseName: string,
): Promise<ExportedFile> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const rows = await writeTable(out, format, table, pages);
  await finished;
  return { fileName: exportFileName(baseName, format), contentType: contentTypes[format], content: Buffer.concat(chunks), rows };
}

/** A finished file as a GraphQL answer carries it (the shared `TableExportFile` type of service-kit). */
export const base64File = (file: ExportedFile) => ({
  fileName: file.fileName,
  contentType: file.contentType,
  contentBase64: file.content.toString('base64'),
  rowCount: file.rows,
});
