// One rule for people's names (surname, first name, patronymic) in every service. Pure, safe for domain code.

export const PERSON_NAME_MAX_LENGTH = 100;

// typographic apostrophes and the modifier letter, as phones and word processors type them
const APOSTROPHES = /[\u2018\u2019\u02bc\u02b9\u2032\u00b4`]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;
// Russian letters, words joined by one hyphen, space or apostrophe (Салтыков-Щедрин, Д'Артаньян)
const NAME = /^[А-ЯЁа-яё]+(?:[ '-][А-ЯЁа-яё]+)*$/u;

/** The stored form: trimmed, single spaces, every apostrophe as ' and every dash as -. */
export const normalisePersonName = (value: string) =>
  value.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(APOSTROPHES, "'").replace(DASHES, '-');

export type PersonNameProblem = 'empty' | 'too_long' | 'not_russian_letters';

/** What is wrong with an already normalised name, or null when it is a valid name. */
export function personNameProblem(normalised: string): PersonNameProblem | null {
  if (normalised.length === 0) return 'empty';
  if (normalised.length > PERSON_NAME_MAX_LENGTH) return 'too_long';
  return NAME.test(normalised) ? null : 'not_russian_letters';
}

/** The parent-facing sentence for a problem with the field called `label` («фамилия», «имя», «отчество»). */
export function personNameMessage(problem: PersonNameProblem, label: string): string {
  switch (problem) {
    case 'empty':
      return `Укажите ${label}.`;
    case 'too_long':
      return `Слишком длинное значение поля «${label}» (не более ${PERSON_NAME_MAX_LENGTH} символов).`;
    case 'not_russian_letters':
      return `Поле «${label}» пишется русскими буквами, допустимы дефис, пробел и апостроф.`;
  }
}
