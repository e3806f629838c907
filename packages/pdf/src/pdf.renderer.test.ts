import { closePdfRenderer, renderPdf, startPdfRenderer } from './pdf.renderer';
import { pdfText } from './testing';

// The first render loads the fonts and pdftotext starts a process: on a busy 2-core CI machine that can pass 5 s.
jest.setTimeout(30_000);

/** A register of many lines: long enough to render that a blocked event loop would show. */
const register = (rows: number) => ({
  content: [
    {
      table: {
        widths: ['10%', '50%', '40%'],
        body: Array.from({ length: rows }, (_, i) => [String(i + 1), `Ёжиков Пётр Юрьевич ${i}`, `сертификат № 42-${i}`]),
      },
    },
  ],
});

describe('renderPdf', () => {
  afterAll(closePdfRenderer);

  it('renders Cyrillic text with the embedded fonts, readable back from the PDF', async () => {
    const pdf = await renderPdf({
      defaultStyle: { font: 'Roboto' },
      content: [{ text: 'Данные для входа', bold: true }, 'Ёжиков Пётр Юрьевич'],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain('Данные для входа Ёжиков Пётр Юрьевич');
  });

  it('keeps every later document readable though the fonts are parsed once', async () => {
    // Cyrillic а, е, х, р are drawn from the Latin glyphs: the first subset looks those up as parts
    const cyrillic = 'Заявление о предоставлении сертификата, адрес проживания ребенка';
    const latin = 'anna.example@mail.ru, expert';
    await renderPdf({ content: [cyrillic, { text: cyrillic, bold: true }] });
    const pdfs = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => renderPdf({ content: [`${latin} ${n}`, { text: `${cyrillic} ${n}`, bold: true }] })),
    );
    for (const [index, pdf] of pdfs.entries()) {
      expect(await pdfText(pdf)).toContain(`${latin} ${index + 1} ${cyrillic} ${index + 1}`);
    }
  });

  it('refuses to fetch images from the network or read files other than the fonts', async () => {
    await expect(renderPdf({ content: [{ image: 'https://example.com/a.png' }] })).rejects.toThrow(/denied/);
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(/denied/);
  });

  it('fails a definition that is not plain data', async () => {
    await expect(renderPdf({ content: ['a'], footer: () => 'b' })).rejects.toThrow();
  });

  it('renders off the event loop: timers keep firing during a long render', async () => {
    await renderPdf(register(1)); // the rendering thread is up
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 2);
    const started = performance.now();
    const pdf = await renderPdf(register(1500));
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(await pdfText(pdf)).toContain('1500 Ёжиков Пётр Юрьевич 1499 сертификат № 42-1499');
    expect(longestGap).toBeLessThan(took / 3);
  });

  it('renders on threads started ahead, until their stop', async () => {
    const renderer = startPdfRenderer();
    const pdfs = await Promise.all([renderPdf({ content: ['Первый'] }), renderPdf({ content: ['Второй'] })]);
    expect(await Promise.all(pdfs.map(pdfText))).toEqual([expect.stringContaining('Первый'), expect.stringContaining('Второй')]);
    const inFlight = expect(renderPdf(register(300))).rejects.toThrow('PDF rendering stopped');
    await renderer.stop();
    await inFlight;
  });

  it('starts again after being closed; renders in flight then fail', async () => {
    const inFlight = expect(renderPdf(register(300))).rejects.toThrow('PDF rendering stopped');
    await closePdfRenderer();
    await inFlight;
    expect(await pdfText(await renderPdf({ content: ['Снова'] }))).toContain('Снова');
  });
});
