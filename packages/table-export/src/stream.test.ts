import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { writeTable } from './export';
import type { ExportFormat, TableDefinition } from './table';

interface Pupil {
  id: number;
  name: string;
}

const table: TableDefinition<Pupil> = {
  title: 'Дети',
  columns: [
    { heading: 'Номер', kind: 'integer', value: (row) => row.id },
    { heading: 'ФИО', value: (row) => row.name },
  ],
};

const PAGE = 1000;

/** Pages of pupils with varied names (so the XLSX compresses no better than a real register), counting reads. */
function register(pageCount: number) {
  const read = { pages: 0 };
  async function* pages() {
    for (let p = 0; p < pageCount; p++) {
      read.pages += 1;
      yield Array.from({ length: PAGE }, (_, i) => {
        const id = p * PAGE + i;
        return { id, name: `Тестова-${(id * 2654435761) % 1_000_003} Дарья ${id.toString(36)}` };
      });
    }
  }
  return { read, pages: pages() };
}

/** A reader that takes nothing until `release()`: what a slow or paused browser looks like to the server. */
function stalledReader() {
  const chunks: Buffer[] = [];
  let waiting: (() => void)[] = [];
  let flowing = false;
  const out = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      if (flowing) callback();
      else waiting.push(() => callback());
    },
  });
  const release = () => {
    flowing = true;
    for (const done of waiting) done();
    waiting = [];
  };
  return { out, chunks, release };
}

describe('writeTable to a stream', () => {
  it.each<ExportFormat>(['csv', 'xlsx'])(
    '%s: reads no further page while the reader takes nothing, then all of them',
    async (format) => {
      const { read, pages } = register(40);
      const { out, chunks, release } = stalledReader();
      const finished = new Promise((resolve) => out.on('finish', resolve));
      const written = writeTable(out, format, table, pages);
      await sleep(300);
      // one page in hand and at most one more in the writer's buffers, not the 40 of the table
      expect(read.pages).toBeLessThanOrEqual(3);
      release();
      expect(await written).toBe(40 * PAGE);
      await finished;
      expect(read.pages).toBe(40);
      const content = Buffer.concat(chunks);
      if (format === 'csv') {
        const lines = content.toString('utf8').split('\r\n');
        expect(lines[0]).toBe('\ufeffНомер;ФИО');
        expect(lines).toHaveLength(40 * PAGE + 2);
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(content as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Дети')!;
        expect(sheet.rowCount).toBe(40 * PAGE + 1);
        expect(sheet.getRow(40 * PAGE + 1).getCell(1).value).toBe(40 * PAGE - 1);
      }
    },
  );

  it.each<ExportFormat>(['csv', 'xlsx'])('%s: stops reading pages when the reader goes away', async (format) => {
    const { read, pages } = register(40);
    const { out } = stalledReader();
    const written = writeTable(out, format, table, pages);
    await sleep(100);
    out.destroy();
    await expect(written).rejects.toThrow('the reader closed the download');
    expect(read.pages).toBeLessThanOrEqual(3);
  });
});
