import type { Writable } from 'node:stream';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface CsvOptions {
  /** `;` is what Excel in a Russian locale splits on; open data uses RFC 4180's `,` */
  separator: ',' | ';';
  /** a UTF-8 byte-order mark, without which Excel reads the Cyrillic as cp1251 */
  bom: boolean;
}

const text = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return String(value);
};

/** One CSV record (RFC 4180): a field with the separator, a quote or a line break is quoted, quotes doubled. */
export function csvLine(values: readonly CellValue[], separator: CsvOptions['separator']): string {
  return (
    values
      .map((value) => {
        const field = text(value);
        return /[",;\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
      })
      .join(separator) + '\r\n'
  );
}

/**
 * Resolves when `out` may take more: at once while its buffer has room, else at its `drain`. Rejects when the
 * reader has gone away, so the caller stops reading its rows instead of buffering them for nobody.
 */
export async function whenWritable(out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('the reader closed the download');
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      out.off('drain', drained);
      reject(new Error('the reader closed the download'));
    };
    out.once('drain', drained);
    out.once('close', closed);
  });
}

/** Writes as the reader takes it: waits for `drain` instead of buffering a large table in memory. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error('the reader closed the download');
  out.write(chunk);
  await whenWritable(out);
}

/** A table as CSV, page by page as the pages arrive; `out` is left open for the caller to end. */
export async function writeCsv<Row>(
  out: Writable,
  headings: readonly string[],
  cells: (row: Row) => readonly CellValue[],
  pages: AsyncIterable<readonly Row[]>,
  options: CsvOptions,
): Promise<number> {
  await writeChunk(out, (options.bom ? '\ufeff' : '') + csvLine(headings, options.separator));
  let rows = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    await writeChunk(out, page.map((row) => csvLine(cells(row), options.separator)).join(''));
    rows += page.length;
  }
  return rows;
}
