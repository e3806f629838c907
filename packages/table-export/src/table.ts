import { z } from 'zod';
import type { CellValue } from './csv';

/**
 * How a column reads: money is kept in kopecks and shown in roubles; a percent (81.3) with one decimal; the rest
 * as it is.
 */
export type ColumnKind = 'text' | 'integer' | 'kopecks' | 'percent' | 'date' | 'datetime';

export interface TableColumn<Row> {
  /** the heading people read, in Russian */
  heading: string;
  kind?: ColumnKind;
  /** characters; a spreadsheet's column width */
  width?: number;
  value: (row: Row) => CellValue;
}

export interface TableDefinition<Row> {
  /** the sheet's name (Excel allows 31 characters) */
  title: string;
  columns: readonly TableColumn<Row>[];
}

export type ExportFormat = 'xlsx' | 'csv';
export const exportFormats: readonly ExportFormat[] = ['xlsx', 'csv'];

/** The `format` argument of every export, with the one Russian message a wrong one gets. */
export const exportFormatSchema = z.enum(exportFormats as [ExportFormat, ...ExportFormat[]], 'Формат выгрузки: xlsx или csv.');

export const contentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Kopecks as roubles with a decimal comma, as a Russian reader of a CSV expects them. */
export const roublesText = (kopecks: number) => (kopecks / 100).toFixed(2).replace('.', ',');

// Made once: `toLocaleDateString` with options builds a new ICU formatter per call, native memory that V8 does
// not see, so a 100 000-row CSV grew the process by ~800 MB before the garbage collector ran.
const dayFormat = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Asia/Novokuznetsk' });
const timeFormat = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Asia/Novokuznetsk', hour: '2-digit', minute: '2-digit' });

/** A cell's text in CSV: money in roubles, percents with a decimal comma, dates as ДД.ММ.ГГГГ. */
export function csvCell(kind: ColumnKind | undefined, value: CellValue): CellValue {
  if (value === null || value === undefined) return value;
  if (kind === 'kopecks' && typeof value === 'number') return roublesText(value);
  if (kind === 'percent' && typeof value === 'number') return value.toFixed(1).replace('.', ',');
  if ((kind === 'date' || kind === 'datetime') && (value instanceof Date || typeof value === 'string')) {
    const date = value instanceof Date ? value : new Date(value);
    const day = dayFormat.format(date);
    if (kind === 'date') return day;
    return `${day} ${timeFormat.format(date)}`;
  }
  return value;
}
