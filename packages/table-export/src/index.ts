export { csvLine, writeChunk, writeCsv, type CellValue, type CsvOptions } from './csv';
export { exportTable, type ExportedFile } from './export';
export {
  contentTypes,
  csvCell,
  exportFormats,
  roublesText,
  type ColumnKind,
  type ExportFormat,
  type TableColumn,
  type TableDefinition,
} from './table';
export { writeXlsx } from './xlsx';
