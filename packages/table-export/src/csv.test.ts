import { PassThrough } from 'node:stream';
import { csvLine, writeCsv } from './csv';

describe('csvLine', () => {
  it('quotes only the fields that need it and doubles quotes', () => {
    expect(csvLine(['Кружок', 'a;b', 'say "hi"', 'two\nlines', 12, null, true], ';')).toBe(
      'Кружок;"a;b";"say ""hi""";"two\nlines";12;;да\r\n',
    );
  });

  it('quotes a comma in either dialect, so one file reads the same in both', () => {
    expect(csvLine(['1,5', 'x'], ',')).toBe('"1,5",x\r\n');
  });
});

describe('writeCsv', () => {
  it('writes the byte-order mark, the headings and every page', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    async function* pages() {
      yield [{ n: 1 }, { n: 2 }];
      yield [];
      yield [{ n: 3 }];
    }
    const rows = await writeCsv(out, ['Номер'], (row: { n: number }) => [row.n], pages(), { separator: ';', bom: true });
    out.end();
    expect(rows).toBe(3);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('\ufeffНомер\r\n1\r\n2\r\n3\r\n');
  });
});
