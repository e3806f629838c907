import { renderPdf } from '@pdo/pdf';
import { formatRubles, russianDate, russianWeekdays } from '../domain/russian-format';

/** What the contract quotes: all of it comes with navigator's acceptance of the enrolment. */
export interface EnrollmentContract {
  enrollmentId: string;
  /** the day the provider accepted, YYYY-MM-DD */
  concludedOn: string;
  certificateNumber: string;
  programTitle: string;
  programAddress: string;
  providerName: string;
  providerInn: string | null;
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  monthlyPriceKopecks: number;
  months: number;
  /** over the whole term */
  certificateShareKopecks: number;
  coPaymentKopecks: number;
}

/** The contract's number as people quote it: short, from the enrolment it belongs to. */
export const contractNumber = (contract: Pick<EnrollmentContract, 'enrollmentId'>) =>
  contract.enrollmentId.slice(0, 8).toUpperCase();

const SIGNATURES = '____________ / ____________________ (подпись, расшифровка)';

/** The enrolment contract (договор-оферта) quoting the certificate number (DOMAIN.md, «Enrolment, contracts»). */
export function contractDocument(contract: EnrollmentContract): object {
  const number = contractNumber(contract);
  const total = contract.monthlyPriceKopecks * contract.months;
  const provider = contract.providerInn ? `${contract.providerName} (ИНН ${contract.providerInn})` : contract.providerName;
  const coPayment =
    contract.coPaymentKopecks > 0
      ? `Доплата Заказчика за весь срок обучения составляет ${formatRubles(contract.coPaymentKopecks)} и вносится ежемесячно только в объёме разницы между стоимостью месяца обучения и суммой, оплаченной за счёт сертификата.`
      : 'Доплата Заказчика не требуется: стоимость обучения полностью покрывается сертификатом.';
  return {
    info: { title: `Договор об образовании № ${number}` },
    pageSize: 'A4',
    pageMargins: [50, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { bold: true, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 10] },
      section: { bold: true, margin: [0, 8, 0, 4] },
    },
    content: [
      {
        text: `ДОГОВОР-ОФЕРТА № ${number} об образовании на обучение по дополнительной общеобразовательной программе`,
        style: 'title',
      },
      { text: `Дата заключения: ${russianDate(contract.concludedOn)}`, alignment: 'right', margin: [0, 0, 0, 8] },
      `${provider}, далее — Исполнитель, и родитель (законный представитель) обучающегося, владельца сертификата дополнительного образования № ${contract.certificateNumber}, далее — Заказчик, заключили настоящий договор: заявка Заказчика на обучение принята Исполнителем.`,
      { text: '1. Предмет договора', style: 'section' },
      `Исполнитель обучает ребёнка по дополнительной общеобразовательной программе «${contract.programTitle}», а Заказчик и уполномоченный орган муниципалитета за счёт сертификата № ${contract.certificateNumber} оплачивают обучение.`,
      {
        table: {
          widths: ['40%', '60%'],
          body: [
            ['Место обучения', contract.programAddress || 'по месту нахождения Исполнителя'],
            ['Расписание', `${russianWeekdays(contract.daysOfWeek)}, ${contract.startTime}–${contract.endTime}`],
            [
              'Срок обучения',
              `с ${russianDate(contract.startDate)} по ${russianDate(contract.endDate)} (${contract.months} мес.)`,
            ],
          ],
        },
        margin: [0, 4, 0, 4],
      },
      { text: '2. Стоимость и порядок оплаты', style: 'section' },
      {
        table: {
          widths: ['60%', '40%'],
          body: [
            ['Стоимость одного месяца обучения', formatRubles(contract.monthlyPriceKopecks)],
            ['Полная стоимость обучения', formatRubles(total)],
            [`Оплачивается за счёт сертификата № ${contract.certificateNumber}`, formatRubles(contract.certificateShareKopecks)],
            ['Доплата Заказчика', formatRubles(contract.coPaymentKopecks)],
          ],
        },
        margin: [0, 4, 0, 4],
      },
      'Оплата за счёт сертификата производится уполномоченным органом муниципалитета ежемесячно по счёту Исполнителя за фактически оказанные услуги.',
      coPayment,
      { text: '3. Срок действия и расторжение', style: 'section' },
      'Договор действует с даты заключения до окончания срока обучения. Заказчик вправе отказаться от обучения в личном кабинете: договор прекращается с первого числа следующего месяца.',
      { text: '4. Подписи сторон', style: 'section' },
      { text: `Исполнитель: ${SIGNATURES}`, margin: [0, 8, 0, 8] },
      `Заказчик: ${SIGNATURES}`,
    ],
  };
}

export const contractPdf = (contract: EnrollmentContract): Promise<Buffer> => renderPdf(contractDocument(contract));
