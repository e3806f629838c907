import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads ";" files from Excel with a BOM and CRLF, skipping blank lines', () => {
    expect(parseCsv('\uFEFFа;б\r\n1;2\r\n\r\n3;4\r\n')).toEqual({
      rows: [
        { line: 1, cells: ['а', 'б'] },
        { line: 2, cells: ['1', '2'] },
        { line: 4, cells: ['3', '4'] },
      ],
    });
  });

  it('picks "," when the header uses it, and keeps quoted delimiters, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"г. Киселевск, ул. Ленина","он сказал ""да""\nи ушёл"\nx,y')).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['г. Киселевск, ул. Ленина', 'он сказал "да"\nи ушёл'] },
        { line: 4, cells: ['x', 'y'] },
      ],
    });
  });

  it('keeps empty cells and reports an unclosed quote with its line', () => {
    expect(parseCsv('a;b;c\n1;;3')).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['1', '', '3'] },
      ],
    });
    expect(parseCsv('a;b\n1;2\n"3;4\n5;6')).toEqual({ error: 'CSV_MALFORMED', line: 3 });
  });
});
