import { renderPdf } from '@pdo/pdf';
import { formatRubles, russianDate, russianMonth } from '../domain/russian-format';

/** The invoice as billing issued it (InvoiceIssued), with the names the reader needs. */
export interface ProviderInvoice {
  number: string;
  issuedOn: string;
  month: string;
  municipalityName: string;
  providerName: string | null;
  providerInn: string | null;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  advanceKopecks: number;
  dueKopecks: number;
  /** absent for a large invoice: the PDF is then a summary */
  lines?: { certificateNumber?: string; priceKopecks: number; certificateShareKopecks: number; coPaymentKopecks: number }[];
}

const right = (text: string) => ({ text, alignment: 'right' });

/** The provider's monthly invoice to the municipality for services paid by certificates. */
export function invoiceDocument(invoice: ProviderInvoice): object {
  const month = russianMonth(invoice.month);
  const provider = invoice.providerName
    ? `${invoice.providerName}${invoice.providerInn ? ` (ИНН ${invoice.providerInn})` : ''}`
    : 'организация — поставщик образовательных услуг';
  const lines = invoice.lines
    ? [
        { text: 'Расшифровка по зачислениям', bold: true, margin: [0, 10, 0, 4] },
        {
          table: {
            headerRows: 1,
            widths: ['6%', '28%', '22%', '22%', '22%'],
            body: [
              ['№', 'Сертификат', 'Стоимость', 'За счёт сертификата', 'Доплата родителя'],
              ...invoice.lines.map((line, index) => [
                String(index + 1),
                line.certificateNumber ?? '—',
                right(formatRubles(line.priceKopecks)),
                right(formatRubles(line.certificateShareKopecks)),
                right(formatRubles(line.coPaymentKopecks)),
              ]),
            ],
          },
          fontSize: 9,
        },
      ]
    : [{ text: `Расшифровка по ${invoice.lineCount} зачислениям доступна в личном кабинете.`, margin: [0, 10, 0, 0] }];
  return {
    info: { title: `Счёт № ${invoice.number}` },
    pageSize: 'A4',
    pageMargins: [50, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    content: [
      { text: `СЧЁТ № ${invoice.number} от ${russianDate(invoice.issuedOn)}`, bold: true, alignment: 'center', fontSize: 12 },
      {
        text: `за образовательные услуги, оказанные в ${month} по сертификатам дополнительного образования`,
        alignment: 'center',
        margin: [0, 2, 0, 12],
      },
      {
        table: {
          widths: ['40%', '60%'],
          body: [
            ['Поставщик', provider],
            ['Плательщик', `Уполномоченный орган муниципалитета: ${invoice.municipalityName}`],
            ['Период', month],
            ['Зачислений', String(invoice.lineCount)],
          ],
        },
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          widths: ['60%', '40%'],
          body: [
            ['Стоимость оказанных услуг', right(formatRubles(invoice.totalPriceKopecks))],
            ['в том числе за счёт сертификатов', right(formatRubles(invoice.certificateTotalKopecks))],
            [
              'в том числе доплаты родителей (оплачиваются родителями поставщику)',
              right(formatRubles(invoice.coPaymentTotalKopecks)),
            ],
            ['Аванс, перечисленный ранее', right(formatRubles(invoice.advanceKopecks))],
            [
              { text: 'К оплате муниципалитетом', bold: true },
              { ...right(formatRubles(invoice.dueKopecks)), bold: true },
            ],
          ],
        },
      },
      ...lines,
      {
        text: 'Руководитель ____________ / ____________________        Главный бухгалтер ____________ / ____________________',
        margin: [0, 24, 0, 0],
      },
    ],
  };
}

export const invoicePdf = (invoice: ProviderInvoice): Promise<Buffer> => renderPdf(invoiceDocument(invoice));
