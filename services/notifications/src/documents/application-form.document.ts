import { renderPdf } from '@pdo/pdf';

/** What fills the form; personal data the caller does not pass stays a blank to fill in by hand. */
export interface ApplicationForm {
  /** заявление № */
  applicationNumber: number;
  /** реестровая запись № — the certificate number */
  registryNumber: string;
  /** the certificate group, e.g. «Дети в возрасте от 5 до 18 лет» */
  certificateGroup: string;
  child?: { fullName?: string; document?: string; birthDate?: string; address?: string };
  applicant?: { fullName?: string; contact?: string };
  /** a pupil of 14+ applies for himself: the form and the consent say so instead of «родителем которого я являюсь» */
  applicantIsPupil?: boolean;
}

const BLANK = '____________________';
const DATE_AND_SIGNATURE =
  '«____» ______________ 20____ года        ____________ / подпись        ____________ расшифровка подписи';

const filled = (value: string | undefined) => (value && value.trim() ? value : BLANK);

function fieldsTable(rows: [string, string | undefined][]) {
  return {
    table: { widths: ['45%', '55%'], body: rows.map(([label, value]) => [label, filled(value)]) },
    margin: [0, 4, 0, 10],
  };
}

/** The application for a certificate with the consent to personal data processing (guide, step 13). */
export function applicationFormDocument(form: ApplicationForm): object {
  const { child = {}, applicant = {} } = form;
  const number = String(form.applicationNumber);
  // the seed's wording is a parent's; a pupil of 14+ registers himself and consents for himself
  const whom = form.applicantIsPupil
    ? 'меня, достигшего возраста 14 лет,'
    : 'указанного ниже ребенка, родителем (законным представителем) которого я являюсь,';
  const consentFor = form.applicantIsPupil
    ? 'даю свое согласие на обработку моих персональных данных'
    : `даю свое согласие на обработку моих персональных данных и персональных данных ребенка ${filled(child.fullName)}, родителем (законным представителем) которого я являюсь`;
  return {
    info: { title: `Заявление о предоставлении сертификата № ${number}` },
    pageSize: 'A4',
    pageMargins: [50, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: { title: { bold: true, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 10] } },
    content: [
      {
        text: `ЗАЯВЛЕНИЕ О ПРЕДОСТАВЛЕНИИ СЕРТИФИКАТА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ И РЕГИСТРАЦИИ В РЕЕСТРЕ СЕРТИФИКАТОВ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ № ${number}`,
        style: 'title',
      },
      `Прошу зарегистрировать ${whom} в реестре сертификатов дополнительного образования Кемеровской области под реестровой записью № ${form.registryNumber}`,
      { text: 'Сведения о ребенке, которому предоставляется сертификат:', bold: true, margin: [0, 8, 0, 0] },
      fieldsTable([
        ['Фамилия, Имя, Отчество (при наличии) ребенка', child.fullName],
        ['Серия и номер документа', child.document],
        ['Дата рождения ребенка', child.birthDate],
        ['Место (адрес) проживания ребенка', child.address],
      ]),
      `Прошу предоставить сертификат дополнительного образования, предусмотренный для следующей категории детей: ${form.certificateGroup}`,
      { text: 'Сведения о Заявителе:', bold: true, margin: [0, 8, 0, 0] },
      fieldsTable([
        ['Фамилия, Имя, Отчество (при наличии)', applicant.fullName],
        ['Контактная информация', applicant.contact],
      ]),
      'С условиями предоставления, использования, прекращения действия сертификата дополнительного образования, а также Правилами персонализированного финансирования дополнительного образования детей ознакомлен.',
      {
        text: 'Обязуюсь уведомлять уполномоченный орган Кемеровской области посредством личного обращения об изменении предоставленных сведений не позднее чем через 20 рабочих дней после соответствующих изменений.',
        margin: [0, 6, 0, 12],
      },
      DATE_AND_SIGNATURE,
      { text: 'Сведения, указанные заявителем в заявлении, подтверждены соответствующими документами.', margin: [0, 12, 0, 12] },
      DATE_AND_SIGNATURE,
      { text: 'Заявление о получении сертификата дополнительного образования № ____________ получено.', margin: [0, 12, 0, 12] },
      '«____» ______________ 20____ года        ____________ / подпись заявителя/законного представителя        ____________ расшифровка подписи',
      { text: 'СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ', style: 'title', pageBreak: 'before' },
      `Я, ${filled(applicant.fullName)}, паспорт серия ________ № ______________, выдан ________________________________________, в соответствии с требованием статьи 9 Федерального закона от 27.07.2006 г. № 152-ФЗ «О персональных данных» ${consentFor}, указанных в заявлении о получении сертификата дополнительного образования № ${number}, в целях обеспечения организации персонализированного учета в системе дополнительного образования Кемеровской области. Предоставляю право осуществлять обработку с использованием средств автоматизации или без использования таких средств, включая сбор, запись, систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение, использование, передачу третьим лицам, обезличивание, блокирование, удаление, уничтожение персональных данных. Данное Согласие действует с момента подписания и до истечения сроков, установленных действующим законодательством Российской Федерации, а также может быть отозвано по письменному заявлению.`,
      { text: DATE_AND_SIGNATURE, margin: [0, 16, 0, 0] },
    ],
  };
}

export const applicationFormPdf = (form: ApplicationForm): Promise<Buffer> => renderPdf(applicationFormDocument(form));
