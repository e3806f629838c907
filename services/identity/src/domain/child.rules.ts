import { ageOn, isMunicipalityCode, personNameMessage, personNameProblem } from '@pdo/service-kit/domain';
import { isIsoDate } from './calendar';
import { violation, type Violation } from './violation';

export type Sex = 'male' | 'female';

export interface ChildFields {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthDate: string;
  sex: Sex;
  address: string;
  municipalityCode: string;
  attendsSchool: boolean;
}

/** Children are registered until they come of age. */
export const ADULT_AGE = 18;
/** Expects the name normalised by service-kit's normalisePersonName (’ ‘ ʼ already one apostrophe). */
function nameViolations(field: string, value: string, label: string): Violation[] {
  const problem = personNameProblem(value);
  return problem === null ? [] : [violation(field, personNameMessage(problem, label))];
}

function birthDateViolations(birthDate: string, today: string): Violation[] {
  if (!isIsoDate(birthDate)) return [violation('birthDate', 'Укажите дату рождения в формате ГГГГ-ММ-ДД.')];
  if (birthDate > today) return [violation('birthDate', 'Дата рождения не может быть в будущем.')];
  if (ageOn(birthDate, today) >= ADULT_AGE) return [violation('birthDate', 'Ребёнку должно быть меньше 18 лет.')];
  return [];
}

/** Every broken rule of a child's card, in the order of the form's fields. Expects trimmed strings. */
export function childViolations(child: ChildFields, today: string): Violation[] {
  const address = child.address.length;
  return [
    ...nameViolations('lastName', child.lastName, 'фамилия'),
    ...nameViolations('firstName', child.firstName, 'имя'),
    ...(child.patronymic === null ? [] : nameViolations('patronymic', child.patronymic, 'отчество')),
    ...birthDateViolations(child.birthDate, today),
    ...(address < 5 ? [violation('address', 'Укажите адрес проживания ребёнка.')] : []),
    ...(address > 500 ? [violation('address', 'Адрес слишком длинный (не более 500 символов).')] : []),
    ...(isMunicipalityCode(child.municipalityCode)
      ? []
      : [violation('municipalityCode', 'Выберите муниципалитет Кузбасса из списка.')]),
  ];
}
