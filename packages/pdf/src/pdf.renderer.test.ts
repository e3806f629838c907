import { renderPdf } from './pdf.renderer';
import { pdfText } from './testing';

describe('renderPdf', () => {
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
      [1, 2, 3].map((n) => renderPdf({ content: [`${latin} ${n}`, { text: `${cyrillic} ${n}`, bold: true }] })),
    );
    for (const [index, pdf] of pdfs.entries()) {
      expect(await pdfText(pdf)).toContain(`${latin} ${index + 1} ${cyrillic} ${index + 1}`);
    }
  });

  it('refuses to fetch images from the network or read files other than the fonts', async () => {
    await expect(renderPdf({ content: [{ image: 'https://example.com/a.png' }] })).rejects.toThrow();
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow();
  });
});
