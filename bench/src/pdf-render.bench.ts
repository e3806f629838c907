// PDF rendering in one process (@pdo/pdf): renders/s and latency of a one-line document and of an
// application form, one at a time and eight at once, with the CPU each render costs and how long the
// caller's event loop was held up meanwhile (what delayed the notifications service's e-mails).
import { closePdfRenderer, renderPdf } from '@pdo/pdf';
import { load, percentile, type Benchmark, type BenchRow } from './harness.ts';

const BLANK = '____________________';
const SIGNATURE = '«____» ______________ 20____ года        ____________ / подпись        ____________ расшифровка подписи';

const oneLine = (i: number) => ({ content: [`Данные для входа № ${i}`] });

/** Shaped like notifications' application form: two pages, tables of fields, the consent text. */
function applicationForm(i: number) {
  const fields = (rows: [string, string][]) => ({
    table: { widths: ['45%', '55%'], body: rows },
    margin: [0, 4, 0, 10],
  });
  return {
    info: { title: `Заявление о предоставлении сертификата № ${i}` },
    pageSize: 'A4',
    pageMargins: [50, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: { title: { bold: true, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 10] } },
    content: [
      {
        text: `ЗАЯВЛЕНИЕ О ПРЕДОСТАВЛЕНИИ СЕРТИФИКАТА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ И РЕГИСТРАЦИИ В РЕЕСТРЕ СЕРТИФИКАТОВ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ № ${i}`,
        style: 'title',
      },
      `Прошу зарегистрировать указанного ниже ребенка, родителем (законным представителем) которого я являюсь, в реестре сертификатов дополнительного образования Кемеровской области под реестровой записью № 42${String(i).padStart(8, '0')}`,
      { text: 'Сведения о ребенке, которому предоставляется сертификат:', bold: true, margin: [0, 8, 0, 0] },
      fields([
        ['Фамилия, Имя, Отчество (при наличии) ребенка', `Ёжиков Пётр Юрьевич ${i}`],
        ['Серия и номер документа', `II-ЛО ${100000 + i}`],
        ['Дата рождения ребенка', '01.02.2015'],
        ['Место (адрес) проживания ребенка', 'г. Кемерово, ул. Весенняя, д. 1, кв. 2'],
      ]),
      'Прошу предоставить сертификат дополнительного образования, предусмотренный для следующей категории детей: Дети в возрасте от 5 до 18 лет',
      { text: 'Сведения о Заявителе:', bold: true, margin: [0, 8, 0, 0] },
      fields([
        ['Фамилия, Имя, Отчество (при наличии)', 'Ёжикова Анна Сергеевна'],
        ['Контактная информация', `anna.${i}@example.ru`],
      ]),
      'С условиями предоставления, использования, прекращения действия сертификата дополнительного образования, а также Правилами персонализированного финансирования дополнительного образования детей ознакомлен.',
      {
        text: 'Обязуюсь уведомлять уполномоченный орган Кемеровской области посредством личного обращения об изменении предоставленных сведений не позднее чем через 20 рабочих дней после соответствующих изменений.',
        margin: [0, 6, 0, 12],
      },
      SIGNATURE,
      { text: 'Сведения, указанные заявителем в заявлении, подтверждены соответствующими документами.', margin: [0, 12, 0, 12] },
      SIGNATURE,
      { text: 'СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ', style: 'title', pageBreak: 'before' },
      `Я, Ёжикова Анна Сергеевна, паспорт серия ________ № ______________, выдан ${BLANK}, в соответствии с требованием статьи 9 Федерального закона от 27.07.2006 г. № 152-ФЗ «О персональных данных» даю свое согласие на обработку моих персональных данных и персональных данных ребенка Ёжиков Пётр Юрьевич ${i}, родителем (законным представителем) которого я являюсь, указанных в заявлении о получении сертификата дополнительного образования № ${i}, в целях обеспечения организации персонализированного учета в системе дополнительного образования Кемеровской области. Предоставляю право осуществлять обработку с использованием средств автоматизации или без использования таких средств, включая сбор, запись, систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение, использование, передачу третьим лицам, обезличивание, блокирование, удаление, уничтожение персональных данных. Данное Согласие действует с момента подписания и до истечения сроков, установленных действующим законодательством Российской Федерации, а также может быть отозвано по письменному заявлению.`,
      { text: SIGNATURE, margin: [0, 16, 0, 0] },
    ],
  };
}

const documents = { 'one line': oneLine, 'application form': applicationForm };

/** How late a 5 ms timer fires while the load runs: the time the caller's event loop was held up. */
function loopDelay() {
  const delays: number[] = [];
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    delays.push(Math.max(0, now - last - 5));
    last = now;
  };
  const timer = setInterval(tick, 5);
  return {
    stop(): number[] {
      clearInterval(timer);
      tick(); // a loop that never got to its timers waited the whole time
      return delays.sort((a, b) => a - b);
    },
  };
}

export type Render = (definition: object) => Promise<Buffer>;

/** Every document at concurrency 1 and 8 through `render`; exported so an older renderer can be measured alike. */
export async function measure(render: Render, durationMs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, definition] of Object.entries(documents)) {
    await Promise.all(Array.from({ length: 8 }, (_, i) => render(definition(i)))); // threads started, fonts parsed
    for (const concurrency of [1, 8]) {
      const loop = loopDelay();
      const cpu = process.cpuUsage();
      const result = await load({
        concurrency,
        durationMs,
        task: async (i) => {
          const pdf = await render(definition(i));
          if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
        },
      });
      const delays = loop.stop();
      const { user, system } = process.cpuUsage(cpu);
      rows.push({
        document: name,
        concurrency,
        renders: result.count,
        errors: result.errors,
        'renders/s': result.rps,
        'p50 ms': result.p50,
        'p95 ms': result.p95,
        'CPU ms/render': Math.round((user + system) / 100 / result.count) / 10,
        // how long the caller's own event loop could not run anything else
        'loop delay p99 ms': Math.round(percentile(delays, 0.99)),
        'loop delay max ms': Math.round(delays.at(-1) ?? 0),
      });
    }
  }
  return rows;
}

export const benchmark: Benchmark = {
  description: 'PDF renders/s, latency, CPU per render and event-loop delay: a one-line document and an application form',
  needsSystem: false,
  async run(ctx) {
    const rows = await measure(renderPdf, ctx.args.includes('--quick') ? 3000 : 10_000);
    await closePdfRenderer();
    const pick = (document: string, concurrency: number) =>
      rows.find((row) => row.document === document && row.concurrency === concurrency) as BenchRow;
    const form1 = pick('application form', 1);
    const form8 = pick('application form', 8);
    return {
      rows,
      summary: {
        'one line renders/s (concurrency 1)': pick('one line', 1)['renders/s'],
        'application form renders/s (concurrency 1)': form1['renders/s'],
        'application form renders/s (concurrency 8)': form8['renders/s'],
        'application form p95 ms (concurrency 8)': form8['p95 ms'],
        'application form CPU ms/render': form1['CPU ms/render'],
        'event-loop delay max ms (application form, concurrency 8)': form8['loop delay max ms'],
        errors: rows.reduce((sum, row) => sum + Number(row.errors), 0),
      },
    };
  },
};
