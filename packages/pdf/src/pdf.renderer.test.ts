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

  it('refuses to fetch images from the network or read files other than the fonts', async () => {
    await expect(renderPdf({ content: [{ image: 'https://example.com/a.png' }] })).rejects.toThrow();
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow();
  });
});
