import { renderPdf } from '@pdo/pdf';
import { activationChecklist } from '../domain/email-templates';

/** The municipality's activating institutions as certificates keeps them, with its МОЦ. */
export interface InstitutionsList {
  municipalityName: string;
  /** the municipal support centre (МОЦ), if its contacts are known */
  supportCentre: { name: string; address: string; phone: string } | null;
  institutions: { name: string; address: string; phone: string | null }[];
}

const capitalized = (item: string) => item.charAt(0).toUpperCase() + item.slice(1);

/** «Скачать учреждения» (guide, steps 13–14): where to take the application, and what to bring. */
export function institutionsListDocument(list: InstitutionsList): object {
  const rows = list.institutions.map((institution, index) => [
    String(index + 1),
    institution.name,
    institution.address,
    institution.phone ?? '—',
  ]);
  return {
    info: { title: `Учреждения, активирующие сертификаты: ${list.municipalityName}` },
    pageSize: 'A4',
    pageMargins: [50, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: { title: { bold: true, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 10] } },
    content: [
      { text: 'УЧРЕЖДЕНИЯ, В КОТОРЫХ МОЖНО АКТИВИРОВАТЬ СЕРТИФИКАТ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ', style: 'title' },
      { text: `Муниципалитет: ${list.municipalityName}`, bold: true, margin: [0, 0, 0, 6] },
      'Осуществить активацию сертификата Вы можете на основании заявления в одном из предложенных учреждений Вашего муниципалитета.',
      rows.length > 0
        ? {
            table: {
              headerRows: 1,
              widths: [20, '*', '*', 90],
              body: [['№', 'Учреждение', 'Адрес', 'Телефон'].map((text) => ({ text, bold: true })), ...rows],
            },
            margin: [0, 8, 0, 10],
          }
        : {
            text: 'Список учреждений муниципалитета пока не заполнен. Обратитесь в муниципальный опорный центр.',
            margin: [0, 8, 0, 10],
          },
      list.supportCentre
        ? `Муниципальный опорный центр (МОЦ): ${list.supportCentre.name}, ${list.supportCentre.address}, телефон ${list.supportCentre.phone}.`
        : '',
      { text: 'При себе необходимо иметь:', bold: true, margin: [0, 8, 0, 4] },
      { ul: activationChecklist.map(capitalized) },
      {
        text: 'В случае если возможности распечатать заявление нет, можно обратиться за этим в учреждение из представленного списка.',
        margin: [0, 8, 0, 0],
      },
    ],
  };
}

export const institutionsListPdf = (list: InstitutionsList): Promise<Buffer> => renderPdf(institutionsListDocument(list));
