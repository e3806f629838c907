import { PassThrough } from 'node:stream';
import { writeCsv } from './csv';
import { contentTypes, csvCell, type ExportFormat, type TableDefinition } from './table';
import { writeXlsx } from './xlsx';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  rows: number;
}

/**
 * A staff table as a file: XLSX, or CSV for Excel (`;`, UTF-8 with a byte-order mark), both with the
 * Russian headings. Rows arrive page by page and are written as they come; what is kept is the finished
 * (compressed, for XLSX) file.
 */
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
  let rows: number;
  if (format === 'xlsx') {
    rows = await writeXlsx(out, table, pages);
  } else {
    rows = await writeCsv(
      out,
      table.columns.map((column) => column.heading),
      (row: Row) => table.columns.map((column) => csvCell(column.kind, column.value(row))),
      pages,
      { separator: ';', bom: true },
    );
    out.end();
  }
  await finished;
  return { fileName: `${baseName}.${format}`, contentType: contentTypes[format], content: Buffer.concat(chunks), rows };
}

/** A finished file as a GraphQL answer carries it (the shared `TableExportFile` type of service-kit). */
export const base64File = (file: ExportedFile) => ({
  fileName: file.fileName,
  contentType: file.contentType,
  contentBase64: file.content.toString('base64'),
  rowCount: file.rows,
});
