import { REGION_TIME_ZONE } from '@pdo/service-kit';
import { formatRubles, russianDate, russianMonth, russianWeekdays } from './russian-format';

/** What the service sends; each kind has one template below. */
export type NotificationKind =
  | 'email_confirmation'
  | 'application_entered'
  | 'certificate_issued'
  | 'certificate_activated'
  | 'certificate_moved'
  | 'enrollment_contract'
  | 'co_payment_notice'
  | 'invoice_issued'
  | 'password_reset';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = 'Навигатор дополнительного образования Кузбасса';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Paragraphs of plain text become the text part and, escaped, the HTML part; a paragraph may be a list. */
type Block = string | { list: string[] } | { link: string; before: string };

function render(subject: string, blocks: Block[]): EmailContent {
  const text = [...blocks, SIGNATURE]
    .map((block) => {
      if (typeof block === 'string') return block;
      if ('list' in block) return block.list.map((item) => `— ${item}`).join('\n');
      return `${block.before}:\n${block.link}`;
    })
    .join('\n\n');
  const body = [...blocks, SIGNATURE]
    .map((block) => {
      if (typeof block === 'string') return `<p>${escapeHtml(block)}</p>`;
      if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      const href = escapeHtml(block.link);
      return `<p>${escapeHtml(block.before)}: <a href="${href}">${href}</a></p>`;
    })
    .join('\n');
  const html = `<!doctype html>\n<html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${body}\n</body></html>`;
  return { subject, text: `${text}\n`, html };
}

export const CONFIRMATION_SUBJECT = 'Заявка на сертификат ПДО. Подтверждение электронной почты';

/** The letter of the guide's step 10. */
export function confirmationEmail({ confirmationUrl }: { confirmationUrl: string }): EmailContent {
  return render(CONFIRMATION_SUBJECT, [
    'Здравствуйте!',
    'Этот адрес указан в заявке на получение сертификата дополнительного образования.',
    { before: 'Для подтверждения адреса электронной почты перейдите по ссылке', link: confirmationUrl },
    'Если вы не подавали заявку, просто не отвечайте на это письмо.',
  ]);
}

/** An operator entered the application in person: the address needs no confirmation, the next step is the parent's. */
export function applicationEnteredEmail({ applicationNumber }: { applicationNumber: number }): EmailContent {
  return render(`Заявка на сертификат ПДО № ${applicationNumber} зарегистрирована`, [
    'Здравствуйте!',
    `Оператор муниципального опорного центра зарегистрировал вашу заявку № ${applicationNumber} на получение сертификата дополнительного образования. Подтверждать адрес электронной почты не нужно.`,
    'Чтобы получить сертификат, войдите в личный кабинет, откройте заявку и нажмите «Получить сертификат».',
    'Если вы не обращались за сертификатом, сообщите об этом в муниципальный опорный центр.',
  ]);
}

/** What to bring to the activating institution (guide, step 14). */
export const activationChecklist = [
  'заявление и согласие на обработку персональных данных (заполненные и распечатанные);',
  'паспорт заявителя;',
  'свидетельство о рождении ребёнка (паспорт ребёнка с 14 лет);',
  'документ, подтверждающий регистрацию ребёнка на территории муниципального образования (только для детей, не посещающих детский сад или школу).',
];

export function certificateIssuedEmail({ number }: { number: string }): EmailContent {
  return render(`Сертификат дополнительного образования № ${number} выдан`, [
    'Здравствуйте!',
    `Ребёнку выдан сертификат дополнительного образования № ${number}. Статус: Не активирован.`,
    'Активировать сертификат можно на основании заявления в одном из учреждений вашего муниципалитета (список — в личном кабинете). Возьмите с собой:',
    { list: activationChecklist },
    'Если распечатать заявление негде, это можно сделать в учреждении из списка.',
  ]);
}

export function certificateActivatedEmail({ number }: { number: string }): EmailContent {
  return render(`Сертификат дополнительного образования № ${number} активирован`, [
    'Здравствуйте!',
    `Сертификат дополнительного образования № ${number} активирован. Теперь им можно оплачивать занятия в кружках и секциях из навигатора.`,
  ]);
}

/** The child moved: the certificate keeps its number and now belongs to the new municipality. */
export function certificateMovedEmail({ number, from, to }: { number: string; from: string; to: string }): EmailContent {
  return render(`Сертификат дополнительного образования № ${number} переведён: ${to}`, [
    'Здравствуйте!',
    `В связи со сменой места жительства ребёнка сертификат дополнительного образования № ${number} переведён из муниципалитета «${from}» в муниципалитет «${to}». Номер сертификата не изменился.`,
    'Список учреждений нового муниципалитета, куда можно обратиться по вопросам сертификата, — в личном кабинете («Скачать учреждения»).',
  ]);
}

export interface ContractEmail {
  contractNumber: string;
  certificateNumber: string;
  programTitle: string;
  providerName: string;
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  monthlyPriceKopecks: number;
  certificateShareKopecks: number;
  coPaymentKopecks: number;
}

/** Sent with the contract PDF attached when the provider accepts the enrolment. */
export function contractEmail(contract: ContractEmail): EmailContent {
  return render(`Заявка принята: договор № ${contract.contractNumber} на обучение по программе «${contract.programTitle}»`, [
    'Здравствуйте!',
    `${contract.providerName} принимает ребёнка на обучение по программе «${contract.programTitle}» по сертификату дополнительного образования № ${contract.certificateNumber}. Договор-оферта № ${contract.contractNumber} — во вложении (PDF).`,
    {
      list: [
        `занятия: с ${russianDate(contract.startDate)} по ${russianDate(contract.endDate)}, ${russianWeekdays(contract.daysOfWeek)}, ${contract.startTime}–${contract.endTime};`,
        `стоимость месяца обучения: ${formatRubles(contract.monthlyPriceKopecks)};`,
        `за счёт сертификата за весь срок: ${formatRubles(contract.certificateShareKopecks)};`,
        `ваша доплата за весь срок: ${formatRubles(contract.coPaymentKopecks)}`,
      ],
    },
    'Отказаться от обучения можно в личном кабинете: договор прекращается с первого числа следующего месяца.',
  ]);
}

export interface CoPaymentEmail {
  month: string;
  programTitle?: string;
  priceKopecks: number;
  certificateShareKopecks: number;
  coPaymentKopecks: number;
}

/** The monthly co-payment notice: the leaflet's «доплата … только в объеме разницы», with the month's figures. */
export function coPaymentEmail(notice: CoPaymentEmail): EmailContent {
  const month = russianMonth(notice.month);
  const program = notice.programTitle ? ` по программе «${notice.programTitle}»` : '';
  return render(`Доплата за ${month}: ${formatRubles(notice.coPaymentKopecks)}`, [
    'Здравствуйте!',
    `За ${month} обучение${program} стоило ${formatRubles(notice.priceKopecks)}; с сертификата оплачено ${formatRubles(notice.certificateShareKopecks)}, доплата составляет ${formatRubles(notice.coPaymentKopecks)}`,
    'Оплата (точнее доплата) за счет средств родителя предполагается только в том случае, если остаток на сертификате меньше стоимости программы и только в объеме разницы стоимости обучения.',
    'Доплату вносите организации, которая проводит занятия, по её реквизитам. Остаток на сертификате и историю списаний можно посмотреть в личном кабинете.',
  ]);
}

export interface InvoiceEmail {
  number: string;
  month: string;
  municipalityName: string;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  advanceKopecks: number;
  dueKopecks: number;
}

/** To the provider's contact, with the invoice PDF attached. */
export function invoiceEmail(invoice: InvoiceEmail): EmailContent {
  const month = russianMonth(invoice.month);
  return render(`Счёт № ${invoice.number} за ${month}`, [
    'Здравствуйте!',
    `По отчёту за ${month} выставлен счёт № ${invoice.number} (муниципалитет: ${invoice.municipalityName}). Счёт — во вложении (PDF).`,
    {
      list: [
        `зачислений в счёте: ${invoice.lineCount};`,
        `стоимость услуг: ${formatRubles(invoice.totalPriceKopecks)};`,
        `за счёт сертификатов: ${formatRubles(invoice.certificateTotalKopecks)};`,
        `доплаты родителей: ${formatRubles(invoice.coPaymentTotalKopecks)};`,
        `аванс: ${formatRubles(invoice.advanceKopecks)};`,
        `к оплате муниципалитетом: ${formatRubles(invoice.dueKopecks)}`,
      ],
    },
    'Муниципалитет рассмотрит счёт и утвердит его к оплате или вернёт с замечаниями.',
  ]);
}

const regionTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const PASSWORD_RESET_SUBJECT = 'Восстановление пароля к личному кабинету';

/** The «Забыли пароль?» letter; the time is Kuzbass time, as everywhere people read it. */
export function passwordResetEmail({ resetUrl, expiresAt }: { resetUrl: string; expiresAt: string }): EmailContent {
  return render(PASSWORD_RESET_SUBJECT, [
    'Здравствуйте!',
    'Мы получили запрос на восстановление пароля к вашему личному кабинету.',
    { before: 'Чтобы задать новый пароль, перейдите по ссылке', link: resetUrl },
    `Ссылка действует один раз, до ${regionTime.format(new Date(expiresAt)).replace(',', '')} (время кемеровское).`,
    'Если вы не запрашивали восстановление пароля, просто не отвечайте на это письмо: пароль останется прежним.',
  ]);
}
