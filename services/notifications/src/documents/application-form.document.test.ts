import { pdfText } from '@pdo/pdf/testing';
import { applicationFormPdf } from './application-form.document';

// The first render loads the fonts and pdftotext starts a process: on a busy 2-core CI machine that can pass 5 s.
jest.setTimeout(30_000);

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

  it('reads as the pupil’s own application when a pupil of 14+ applies, and as the parent’s otherwise', async () => {
    const child = { fullName: 'Иванов Артём Сергеевич' };
    const own = await pdfText(
      await applicationFormPdf({ ...form, child, applicant: { fullName: 'Иванов Артём Сергеевич' }, applicantIsPupil: true }),
    );
    expect(own).toContain('Прошу зарегистрировать меня, достигшего возраста 14 лет, в реестре');
    expect(own).toContain('Я, Иванов Артём Сергеевич, паспорт');
    expect(own).toContain('даю свое согласие на обработку моих персональных данных, указанных в заявлении');
    expect(own).not.toContain('родителем (законным представителем) которого я являюсь');
    const parents = await pdfText(
      await applicationFormPdf({ ...form, child, applicant: { fullName: 'Иванова Мария Петровна' } }),
    );
    expect(parents).toContain(
      'Прошу зарегистрировать указанного ниже ребенка, родителем (законным представителем) которого я являюсь',
    );
    expect(parents).toContain('персональных данных ребенка Иванов Артём Сергеевич, родителем (законным представителем)');
  });
});
