import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from './csv';
import type { ColumnKind, TableDefinition } from './table';

const numberFormats: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  kopecks: '#,##0.00',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

function xlsxCell(kind: ColumnKind | undefined, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'kopecks' && typeof value === 'number') return value / 100;
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') return new Date(value);
  return value;
}

/**
 * A table as an XLSX workbook written as a stream (exceljs' WorkbookWriter): each row is committed and leaves
 * memory as soon as it is written, so a large table costs the size of one page. `out` is ended by the writer.
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
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}
