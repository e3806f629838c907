import { ageOn, birthdayAt, DomainError } from '@pdo/service-kit/domain';
import { isIsoDate } from './calendar';
import { parseRomanNumeral } from './roman-numeral';
import { violation, type Violation } from './violation';

export type DocumentKind = 'birth_certificate' | 'passport';

export interface DocumentFields {
  kind: DocumentKind;
  series: string;
  number: string;
  issuedOn: string;
  issuer: string;
  divisionCode: string | null;
}

/** What the rules need to know about the child and the day. */
export interface DocumentContext {
  childBirthDate: string;
  today: string;
}

export const PASSPORT_AGE = 14;

/**
 * The form a series is stored and compared in, so one real document is recognised however it was typed:
 * capitals, no spaces, any dash as a hyphen (« iii – по » is III-ПО).
 */
export const normaliseDocumentSeries = (series: string) =>
  series
    .toUpperCase()
    .replace(/\s+/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-');

/** Digits only: «12 34 56» is 123456. */
export const normaliseDocumentNumber = (number: string) => number.replace(/\s+/gu, '');

export const documentHeldByAnotherChild = () =>
  new DomainError(
    'DOCUMENT_OF_ANOTHER_CHILD',
    'Документ с такой серией и номером уже указан у другого ребёнка. Если это ошибка, обратитесь в МОЦ своего муниципалитета: оператор проверит обе записи.',
  );
const CYRILLIC_PAIR = /^[А-ЯЁ]{2}$/;

/** Series of a birth certificate: a Roman numeral, a hyphen, two Cyrillic capitals (III-ПО). */
export function isBirthCertificateSeries(series: string): boolean {
  const parts = series.split('-');
  return parts.length === 2 && parseRomanNumeral(parts[0]) !== null && CYRILLIC_PAIR.test(parts[1]);
}

function issueDateViolations(issuedOn: string, earliest: string, earliestMessage: string, today: string): Violation[] {
  if (!isIsoDate(issuedOn)) return [violation('issuedOn', 'Укажите дату выдачи документа в формате ГГГГ-ММ-ДД.')];
  if (issuedOn > today) return [violation('issuedOn', 'Дата выдачи не может быть в будущем.')];
  if (issuedOn < earliest) return [violation('issuedOn', earliestMessage)];
  return [];
}

function issuerViolations(issuer: string): Violation[] {
  const length = issuer.trim().length;
  if (length < 3) return [violation('issuer', 'Укажите, кем выдан документ.')];
  if (length > 500) return [violation('issuer', 'Название органа, выдавшего документ, слишком длинное (не более 500 символов).')];
  return [];
}

function birthCertificateViolations(fields: DocumentFields, context: DocumentContext): Violation[] {
  return [
    ...(isBirthCertificateSeries(fields.series)
      ? []
      : [
          violation(
            'series',
            'Серия свидетельства о рождении — римские цифры, дефис и две русские заглавные буквы, например III-ПО.',
          ),
        ]),
    ...(/^\d{6}$/.test(fields.number) ? [] : [violation('number', 'Номер свидетельства о рождении — шесть цифр.')]),
    ...issueDateViolations(
      fields.issuedOn,
      context.childBirthDate,
      'Свидетельство не может быть выдано раньше дня рождения ребёнка.',
      context.today,
    ),
    ...issuerViolations(fields.issuer),
    ...(fields.divisionCode === null ? [] : [violation('divisionCode', 'Код подразделения указывается только для паспорта.')]),
  ];
}

function passportViolations(fields: DocumentFields, context: DocumentContext): Violation[] {
  if (ageOn(context.childBirthDate, context.today) < PASSPORT_AGE) {
    return [
      violation('kind', 'Паспорт можно добавить только ребёнку, которому исполнилось 14 лет. Добавьте свидетельство о рождении.'),
    ];
  }
  return [
    ...(/^\d{4}$/.test(fields.series) ? [] : [violation('series', 'Серия паспорта — четыре цифры.')]),
    ...(/^\d{6}$/.test(fields.number) ? [] : [violation('number', 'Номер паспорта — шесть цифр.')]),
    ...issueDateViolations(
      fields.issuedOn,
      birthdayAt(context.childBirthDate, PASSPORT_AGE),
      'Паспорт не может быть выдан раньше 14-летия.',
      context.today,
    ),
    ...issuerViolations(fields.issuer),
    ...(fields.divisionCode !== null && /^\d{3}-\d{3}$/.test(fields.divisionCode)
      ? []
      : [violation('divisionCode', 'Код подразделения — шесть цифр через дефис, например 420-007.')]),
  ];
}

/** Every broken rule of a document, in the order of the form's fields; empty when the document is valid. */
export function documentViolations(fields: DocumentFields, context: DocumentContext): Violation[] {
  return fields.kind === 'birth_certificate' ? birthCertificateViolations(fields, context) : passportViolations(fields, context);
}
