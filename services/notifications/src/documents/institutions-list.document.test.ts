import { pdfText } from '@pdo/pdf/testing';
import { institutionsListPdf } from './institutions-list.document';

// The first render loads the fonts and pdftotext starts a process: on a busy 2-core CI machine that can pass 5 s.
jest.setTimeout(30_000);

describe('institutionsListPdf', () => {
  const list = {
    municipalityName: 'г. Киселевск',
    supportCentre: {
      name: 'МОЦ Киселевского городского округа',
      address: 'г. Киселевск, ул. Советская, д. 5',
      phone: '+7 (38464) 2-11-11',
    },
    institutions: [
      { name: 'МБУ ДО «Дом детского творчества»', address: 'г. Киселевск, ул. Ленина, д. 30', phone: '+7 (38464) 2-22-22' },
      { name: 'МБОУ «Средняя общеобразовательная школа № 1»', address: 'г. Киселевск, ул. Мира, д. 7', phone: null },
    ],
  };

  it('names the municipality, every institution with its address, the МОЦ, and what to bring', async () => {
    const pdf = await institutionsListPdf(list);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('УЧРЕЖДЕНИЯ, В КОТОРЫХ МОЖНО АКТИВИРОВАТЬ СЕРТИФИКАТ');
    expect(text).toContain('Муниципалитет: г. Киселевск');
    expect(text).toContain('МБУ ДО «Дом детского творчества»');
    expect(text).toContain('г. Киселевск, ул. Ленина, д. 30');
    expect(text).toContain('МБОУ «Средняя общеобразовательная школа № 1»');
    expect(text).toContain('МОЦ Киселевского городского округа, г. Киселевск, ул. Советская, д. 5, телефон +7 (38464) 2-11-11.');
    expect(text).toContain('Паспорт заявителя');
  });

  it('sends the reader to the МОЦ when the municipality has listed no institution yet', async () => {
    const text = await pdfText(await institutionsListPdf({ ...list, institutions: [] }));
    expect(text).toContain('Список учреждений муниципалитета пока не заполнен');
    expect(text).not.toContain('Учреждение Адрес');
  });
});
