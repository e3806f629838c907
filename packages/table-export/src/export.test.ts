import ExcelJS from 'exceljs';
import { exportTable } from './export';
import type { TableDefinition } from './table';

interface Invoice {
  number: string;
  lines: number;
  dueKopecks: number;
  issuedAt: string;
}

const table: TableDefinition<Invoice> = {
  title: 'Счета',
  columns: [
    { heading: 'Номер счёта', value: (row) => row.number },
    { heading: 'Строк', kind: 'integer', value: (row) => row.lines },
    { heading: 'К оплате, руб.', kind: 'kopecks', value: (row) => row.dueKopecks },
    { heading: 'Выставлен', kind: 'datetime', value: (row) => row.issuedAt },
  ],
};

async function* pages(count: number, size: number) {
  for (let p = 0; p < count; p++) {
    yield Array.from({ length: size }, (_, i) => ({
      number: `07-${p}-${i}`,
      lines: i,
      dueKopecks: 1_234_550 + i,
      issuedAt: '2027-10-01T03:30:00.000Z',
    }));
  }
}

describe('exportTable', () => {
  it('writes an XLSX a spreadsheet reader opens: Russian headings, roubles, every row of every page', async () => {
    const file = await exportTable('xlsx', table, pages(3, 400), 'счета');
    expect(file.rows).toBe(1200);
    expect(file.fileName).toBe('счета.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Счета')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Номер счёта', 'Строк', 'К оплате, руб.', 'Выставлен']);
    expect(sheet.rowCount).toBe(1201);
    const last = sheet.getRow(1201);
    expect(last.getCell(1).value).toBe('07-2-399');
    expect(last.getCell(3).value).toBeCloseTo(12349.49, 2);
    expect(last.getCell(3).numFmt).toBe('#,##0.00');
    expect((last.getCell(4).value as Date).toISOString()).toBe('2027-10-01T03:30:00.000Z');
  });

  it('writes a CSV for Excel: byte-order mark, semicolons, roubles with a comma, local time', async () => {
    const file = await exportTable('csv', table, pages(1, 1), 'счета');
    const text = file.content.toString('utf8');
    expect(text).toBe('\ufeffНомер счёта;Строк;"К оплате, руб.";Выставлен\r\n07-0-0;0;"12345,50";01.10.2027 10:30\r\n');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
  });
});

describe('a percent column', () => {
  const shares: TableDefinition<{ share: number | null }> = {
    title: 'Доли',
    columns: [{ heading: 'Активировано, %', kind: 'percent', value: (row) => row.share }],
  };
  async function* rows() {
    yield [{ share: 66.666 }, { share: null }];
  }

  it('is a number with one decimal in XLSX and a decimal comma in CSV; none is an empty cell', async () => {
    const xlsx = await exportTable('xlsx', shares, rows(), 'доли');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet('Доли')!.getRow(2).getCell(1);
    expect(cell.value).toBeCloseTo(66.666, 3);
    expect(cell.numFmt).toBe('0.0');
    const csv = await exportTable('csv', shares, rows(), 'доли');
    expect(csv.content.toString('utf8')).toBe('\ufeff"Активировано, %"\r\n"66,7"\r\n\r\n');
  });
});
