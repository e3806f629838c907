/** A CSV file as rows of cells, with the line each row starts on (1-based, for messages). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvParse = { rows: CsvRow[] } | { error: 'CSV_MALFORMED'; line: number };

/**
 * RFC 4180 with the habits of Russian spreadsheets: ";" or "," (whichever the header line uses more),
 * a UTF-8 BOM, CRLF, quoted cells with doubled quotes and line breaks inside. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvParse {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) return { error: 'CSV_MALFORMED', line: rowLine };
  endRow();
  return { rows };
}
