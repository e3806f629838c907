import { execFile } from 'node:child_process';
import { applicationFormPdf } from './application-form.document';

/** The text a reader of the PDF gets, with line breaks and runs of spaces made single spaces. */
function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-enc', 'UTF-8', '-', '-'], { encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.replace(/\s+/g, ' ')),
    );
    child.stdin?.end(pdf);
  });
}

describe('applicationFormPdf', () => {
  const form = { applicationNumber: 458, registryNumber: '4207000002', certificateGroup: 'Дети в возрасте от 5 до 18 лет' };

  it('is a PDF whose Cyrillic text reads back: numbers, category, undertakings and signature lines', async () => {
    const pdf = await applicationFormPdf(form);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('ЗАЯВЛЕНИЕ О ПРЕДОСТАВЛЕНИИ СЕРТИФИКАТА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ');
    expect(text).toContain('№ 458');
    expect(text).toContain('под реестровой записью № 4207000002');
    expect(text).toContain('для следующей категории детей: Дети в возрасте от 5 до 18 лет');
    expect(text).toContain('не позднее чем через 20 рабочих дней');
    expect(text).toContain('/ подпись заявителя/законного представителя');
  });

  it('carries the 152-ФЗ consent naming the same application', async () => {
    const text = await pdfText(await applicationFormPdf(form));
    expect(text).toContain('СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ');
    expect(text).toContain('статьи 9 Федерального закона от 27.07.2006 г. № 152-ФЗ «О персональных данных»');
    expect(text).toContain('указанных в заявлении о получении сертификата дополнительного образования № 458');
    expect(text).toContain('может быть отозвано по письменному заявлению');
  });

  it('fills in the names it is given and leaves blanks for the rest', async () => {
    const text = await pdfText(
      await applicationFormPdf({
        ...form,
        child: { fullName: 'Иванов Пётр Сергеевич', birthDate: '01.02.2015' },
        applicant: { fullName: 'Иванова Мария Ивановна' },
      }),
    );
    expect(text).toContain('Иванов Пётр Сергеевич');
    expect(text).toContain('01.02.2015');
    expect(text).toContain('Я, Иванова Мария Ивановна, паспорт');
    expect(text).toMatch(/Серия и номер документа _{20}/);
  });
});
