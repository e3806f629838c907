export { csvLine, whenWritable, writeChunk, writeCsv, type CellValue, type CsvOptions } from './csv';
export { base64File, exportFileName, exportTable, writeTable, type ExportedFile } from './export';
export {
  contentTypes,
  csvCell,
  exportFormatSchema,
  exportFormats,
  roublesText,
  type ColumnKind,
  type ExportFormat,
  type TableColumn,
  type TableDefinition,
} from './table';
export { writeXlsx } from './xlsx';
