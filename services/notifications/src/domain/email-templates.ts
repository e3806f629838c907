import { REGION_TIME_ZONE } from '@pdo/service-kit/domain';
import { formatRubles, russianDate, russianMonth, russianWeekdays } from './russian-format';

/** What the service sends; each kind has one template below. */
export type NotificationKind =
  | 'email_confirmation'
  | 'application_entered'
  | 'certificate_issued'
  | 'certificate_activated'
  | 'certificate_suspended'
  | 'certificate_resumed'
  | 'certificate_terminated'
  | 'certificate_moved'
  | 'certificate_move_refused'
  | 'enrollment_received'
  | 'enrollment_declined'
  | 'enrollment_expired'
  | 'enrollment_ended'
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

const regionTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as people in Kuzbass read it: 01.01.2027 03:15 */
const kuzbassTime = (instant: string): string => regionTime.format(new Date(instant)).replace(',', '');

/** « (ребёнок: Артём)» after the certificate or request a letter is about; nothing when the name is not known. */
const ofChild = (childName: string | null | undefined): string => (childName ? ` (ребёнок: ${childName})` : '');

export const CONFIRMATION_SUBJECT = 'Заявка на сертификат ПДО. Подтверждение электронной почты';

export interface ConfirmationEmail {
  confirmationUrl: string;
  /** when the link stops working; absent in events sent before it was carried */
  expiresAt?: string;
  childName?: string | null;
}

/** The letter of the guide's step 10, naming the child and how long the link works. */
export function confirmationEmail({ confirmationUrl, expiresAt, childName }: ConfirmationEmail): EmailContent {
  return render(CONFIRMATION_SUBJECT, [
    'Здравствуйте!',
    `Этот адрес указан в заявке на получение сертификата дополнительного образования${ofChild(childName)}.`,
    { before: 'Для подтверждения адреса электронной почты перейдите по ссылке', link: confirmationUrl },
    expiresAt
      ? `Ссылка действует один раз, до ${kuzbassTime(expiresAt)} (время кемеровское). Если срок истёк, отправьте письмо повторно из личного кабинета.`
      : 'Ссылка действует один раз и ограниченное время. Если срок истёк, отправьте письмо повторно из личного кабинета.',
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

export interface CertificateLetter {
  number: string;
  childName?: string | null;
  reason?: string | null;
}

/** A reason typed by staff, as a sentence: a full stop added only when it has no ending of its own. */
const because = (reason: string | null | undefined): string[] =>
  reason ? [`Причина: ${reason.trim()}`.replace(/([^.!?])$/, '$1.')] : [];

/** Suspension keeps the enrolments and the reservation; a month spent wholly suspended is not paid from the certificate. */
export function certificateSuspendedEmail({ number, childName, reason }: CertificateLetter): EmailContent {
  return render(`Действие сертификата дополнительного образования № ${number} приостановлено`, [
    'Здравствуйте!',
    `Действие сертификата дополнительного образования № ${number}${ofChild(childName)} приостановлено.`,
    ...because(reason),
    'Пока сертификат приостановлен:',
    {
      list: [
        'записаться по сертификату на новую программу нельзя;',
        'зачисления ребёнка и зарезервированные на них средства сертификата сохраняются;',
        'месяц, который целиком приходится на приостановку, с сертификата не оплачивается и не списывается.',
      ],
    },
    'Когда действие сертификата возобновят, мы сообщим об этом отдельным письмом. С вопросами обращайтесь в муниципальный опорный центр (МОЦ) по месту проживания.',
  ]);
}

/** A suspended certificate works again: its own letter, never a second «активирован». */
export function certificateResumedEmail({ number, childName }: CertificateLetter): EmailContent {
  return render(`Действие сертификата дополнительного образования № ${number} возобновлено`, [
    'Здравствуйте!',
    `Действие сертификата дополнительного образования № ${number}${ofChild(childName)} возобновлено. Сертификатом снова можно оплачивать занятия в кружках и секциях из навигатора.`,
    'Зачисления и зарезервированные средства сертификата сохранились. Месяцы, которые целиком пришлись на приостановку, с сертификата не оплачивались.',
  ]);
}

export interface TerminationLetter extends CertificateLetter {
  /** the last day the running enrolments are taught and paid by the certificate (the month's end), YYYY-MM-DD */
  lastDay: string;
}

/** DOMAIN.md: termination ends the enrolments at the month's end and frees the rest of the reservation. */
export function certificateTerminatedEmail({ number, childName, reason, lastDay }: TerminationLetter): EmailContent {
  return render(`Действие сертификата дополнительного образования № ${number} прекращено`, [
    'Здравствуйте!',
    `Действие сертификата дополнительного образования № ${number}${ofChild(childName)} прекращено.`,
    ...because(reason),
    'Что это значит:',
    {
      list: [
        `занятия по программам, на которые ребёнок зачислен, оплачиваются сертификатом по ${russianDate(lastDay)} включительно, после этого обучение по сертификату прекращается;`,
        'заявки, которые организации ещё не приняли, отменены;',
        'оставшиеся зарезервированные средства сертификата освобождены и больше не списываются.',
      ],
    },
    'Если ребёнку нужен сертификат снова (например, действие прекращено по ошибке), обратитесь в муниципальный опорный центр (МОЦ) по месту проживания.',
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

export interface MoveRefusedLetter {
  number: string;
  childName?: string | null;
  from: string;
  to: string;
  reason: string;
}

/** The new municipality's МОЦ refused the move: the certificate stays where it was, with everything on it. */
export function certificateMoveRefusedEmail({ number, childName, from, to, reason }: MoveRefusedLetter): EmailContent {
  return render(`Перевод сертификата дополнительного образования № ${number} не выполнен`, [
    'Здравствуйте!',
    `Муниципальный опорный центр муниципалитета «${to}» отказал в переводе сертификата дополнительного образования № ${number}${ofChild(childName)} из муниципалитета «${from}».`,
    ...because(reason),
    `Сертификат остаётся в муниципалитете «${from}»: его номер, зачисления и зарезервированные средства не изменились.`,
    `Чтобы уточнить документы и подать заявление снова, обратитесь в муниципальный опорный центр (МОЦ) муниципалитета «${to}».`,
  ]);
}

export interface EnrollmentLetter {
  programTitle: string;
  providerName?: string | null;
  childName?: string | null;
}

const atProvider = (providerName: string | null | undefined): string => (providerName ? ` (организация: ${providerName})` : '');
const theProvider = (providerName: string | null | undefined): string =>
  providerName ? `Организация ${providerName}` : 'Организация';

/** How a parent consented to a request staff entered for them, as the letter tells it. */
export interface StaffEntry {
  consentMethod: 'written' | 'in_person';
  /** ISO 8601 instant */
  consentGivenAt: string;
  monthlyPriceKopecks: number;
  months: number;
}

const consentWords: Record<StaffEntry['consentMethod'], string> = {
  written: 'по вашему письменному заявлению',
  in_person: 'по вашему личному согласию',
};

/**
 * A request staff entered for the parent: the parent never saw the contract offer on the screen, so the letter
 * says on what consent it was entered, the offer's terms, where to see the rest, and what to do if they did not ask.
 */
function staffEntryBlocks(entry: StaffEntry): string[] {
  return [
    `Заявку внёс сотрудник МОЦ или организации ${consentWords[entry.consentMethod]} от ${kuzbassTime(entry.consentGivenAt).slice(0, 10)}. Заявка подана на условиях договора-оферты организации: обучение ${entry.months} мес., стоимость ${formatRubles(entry.monthlyPriceKopecks)} в месяц. Сколько из неё оплачивает сертификат и сколько семья, указано в личном кабинете в разделе «Мои записи».`,
    'Если вы не давали согласия на эту заявку, отзовите её в личном кабинете («Отозвать заявку») и сообщите в МОЦ своего муниципалитета.',
  ];
}

/** The request reached the provider; the parent learns what happens next and that an unanswered one expires. */
export function enrollmentReceivedEmail({
  programTitle,
  providerName,
  childName,
  payableByCertificate,
  staffEntry,
}: EnrollmentLetter & { payableByCertificate: boolean; staffEntry?: StaffEntry | null }): EmailContent {
  return render(`Заявка на обучение по программе «${programTitle}» получена`, [
    'Здравствуйте!',
    `Заявка на обучение${ofChild(childName)} по программе «${programTitle}»${atProvider(providerName)} получена. Место в группе закреплено за ребёнком на время рассмотрения заявки.`,
    ...(staffEntry ? staffEntryBlocks(staffEntry) : []),
    ...(payableByCertificate
      ? ['На оплату обучения резервируются средства сертификата; если остатка не хватит, в личном кабинете будет видна доплата.']
      : []),
    'Организация рассмотрит заявку и примет или отклонит её в течение установленного числа рабочих дней. Если организация не ответит в срок, заявка будет отменена, а место и средства сертификата освобождены. О решении мы сообщим письмом.',
  ]);
}

/** The provider declined: the seat and any reserved money are free again for another program. */
export function enrollmentDeclinedEmail({
  programTitle,
  providerName,
  childName,
  reason,
}: EnrollmentLetter & { reason?: string | null }): EmailContent {
  return render(`Заявка на обучение по программе «${programTitle}» отклонена`, [
    'Здравствуйте!',
    `${theProvider(providerName)} отклонила заявку на обучение${ofChild(childName)} по программе «${programTitle}».`,
    ...because(reason),
    'Зарезервированные на эту программу средства сертификата освобождены. Остаток средств можно использовать для выбора другой программы в навигаторе.',
  ]);
}

/** Nobody answered in time: the request expired and freed its seat and money. */
export function enrollmentExpiredEmail({ programTitle, providerName, childName }: EnrollmentLetter): EmailContent {
  return render(`Заявка на обучение по программе «${programTitle}» отменена: организация не ответила в срок`, [
    'Здравствуйте!',
    `${theProvider(providerName)} не ответила в установленный срок на заявку на обучение${ofChild(childName)} по программе «${programTitle}», поэтому заявка отменена.`,
    'Место в группе и зарезервированные средства сертификата освобождены. Можно подать заявку снова или выбрать другую программу в навигаторе.',
  ]);
}

export interface EnrollmentEndedLetter {
  certificateNumber: string;
  programTitle: string;
  /** the first day the enrolment no longer runs, YYYY-MM-DD */
  endsOn: string;
}

/** To the provider of a running enrolment whose certificate was terminated: it ends at the month's end. */
export function enrollmentEndedEmail({ certificateNumber, programTitle, endsOn }: EnrollmentEndedLetter): EmailContent {
  return render(
    `Обучение по сертификату № ${certificateNumber} по программе «${programTitle}» прекращается с ${russianDate(endsOn)}`,
    [
      'Здравствуйте!',
      `Действие сертификата дополнительного образования № ${certificateNumber} прекращено. Зачисление по этому сертификату на программу «${programTitle}» заканчивается в конце месяца: с ${russianDate(endsOn)} обучение по сертификату не оплачивается, место в группе освобождается.`,
      'Занятия до этой даты включаются в ежемесячный отчёт и оплачиваются по сертификату как обычно. Оставшиеся зарезервированные средства сертификата освобождены.',
    ],
  );
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

export const PASSWORD_RESET_SUBJECT = 'Восстановление пароля к личному кабинету';

/** The «Забыли пароль?» letter; the time is Kuzbass time, as everywhere people read it. */
export function passwordResetEmail({ resetUrl, expiresAt }: { resetUrl: string; expiresAt: string }): EmailContent {
  return render(PASSWORD_RESET_SUBJECT, [
    'Здравствуйте!',
    'Мы получили запрос на восстановление пароля к вашему личному кабинету.',
    { before: 'Чтобы задать новый пароль, перейдите по ссылке', link: resetUrl },
    `Ссылка действует один раз, до ${kuzbassTime(expiresAt)} (время кемеровское).`,
    'Если вы не запрашивали восстановление пароля, просто не отвечайте на это письмо: пароль останется прежним.',
  ]);
}
