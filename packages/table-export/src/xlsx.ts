import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { whenWritable, type CellValue } from './csv';
import type { ColumnKind, TableDefinition } from './table';

const numberFormats: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  kopecks: '#,##0.00',
  percent: '0.0',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

function xlsxCell(kind: ColumnKind | undefined, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'kopecks' && typeof value === 'number') return value / 100;
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') return new Date(value);
  return value;
}

/** The part of exceljs' private sheet stream (its StreamBuf) that says whether the zip has taken what was written. */
interface SheetStream {
  /** the zip's entry stream (readable-stream's PassThrough, which has no `writableNeedDrain`) */
  pipes?: (Writable & { _writableState?: { needDrain?: boolean } })[];
}

/**
 * Resolves when what the sheet was given has moved on towards `out`. exceljs' sheet stream ignores the return
 * of `write()` and the zip compresses on the thread pool, so `out` alone says nothing until it is too late: a
 * reader that takes nothing would let every page pile up, uncompressed, in the compressor's queue. So the wait
 * is on the zip's entry (the sheet stream's consumer once the zip reaches it), whose `drain` comes only as its
 * output is read on towards `out`. Relies on exceljs 4 internals; stream.test.ts fails if they change.
 */
async function sheetCaughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  for (;;) {
    await whenWritable(out);
    const stream = (sheet as unknown as { _stream?: SheetStream })._stream;
    const consumer = stream?.pipes?.[0];
    if (consumer && consumer._writableState?.needDrain !== true) return;
    if (!stream) return;
    // not reached by the zip yet, or its entry is full: wait a little, and stop if the reader leaves
    await new Promise<void>((resolve) => {
      const done = () => {
        consumer?.off('drain', done);
        out.off('close', done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, consumer ? 1000 : 5);
      consumer?.once('drain', done);
      out.once('close', done);
    });
  }
}

/**
 * A table as an XLSX workbook written as a stream (exceljs' WorkbookWriter): each row is committed and leaves
 * memory as soon as it is written, so a large table costs the size of one page. `out` is ended by the writer.
 * The writer itself never waits for its reader (see `sheetCaughtUp`), so each page waits before the next is read.
 */
export async function writeXlsx<Row>(
  out: Writable,
  table: TableDefinition<Row>,
  pages: AsyncIterable<readonly Row[]>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.heading,
    width: column.width ?? Math.max(12, column.heading.length + 2),
    style: numberFormats[column.kind ?? 'text'] ? { numFmt: numberFormats[column.kind ?? 'text'] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const page of pages) {
    for (const row of page) {
      sheet.addRow(table.columns.map((column) => xlsxCell(column.kind, column.value(row)))).commit();
      rows += 1;
    }
    await sheetCaughtUp(sheet, out);
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}
