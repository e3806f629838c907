import { ageOn } from '@pdo/service-kit/domain';
import { PASSPORT_AGE } from './identity-document.rules';

/** Logins are lower-case Latin letters, digits and . _ - @, 3 to 100 of them, starting with a letter or digit. */
export const LOGIN = /^[a-z0-9][a-z0-9._@-]{2,99}$/;
export const LOGIN_RULE = 'Логин — от 3 до 100 латинских букв, цифр и знаков . _ - @.';

export type PupilLoginRefusal = { code: 'PUPIL_TOO_YOUNG' | 'PUPIL_LOGIN_EXISTS'; message: string };

/**
 * A pupil gets his own login from the МОЦ once he is 14 (DOMAIN: "may apply for own certificate with a
 * passport"), and only one; before 14 the parents act for him.
 */
export function pupilLoginRefusal(
  child: { birthDate: string; childUserId: string | null },
  today: string,
): PupilLoginRefusal | null {
  if (child.childUserId !== null) {
    return {
      code: 'PUPIL_LOGIN_EXISTS',
      message: 'У обучающегося уже есть свой вход. Если он забыл пароль, сбросьте пароль в его карточке.',
    };
  }
  if (ageOn(child.birthDate, today) < PASSPORT_AGE) {
    return {
      code: 'PUPIL_TOO_YOUNG',
      message: `Свой вход выдаётся обучающимся с ${PASSPORT_AGE} лет; до этого заявления подают родители.`,
    };
  }
  return null;
}
