/** What the service sends; each kind has one template below. */
export type NotificationKind = 'email_confirmation' | 'certificate_issued' | 'certificate_activated';

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
