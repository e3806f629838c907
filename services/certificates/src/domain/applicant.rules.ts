import { ageOn, DomainError } from '@pdo/service-kit/domain';

/** From 14 a pupil has a passport and may apply for his own certificate (DOMAIN, actors). */
export const SELF_APPLICATION_AGE = 14;

/** Who applies for a child's certificate: a parent, or the pupil of 14+ himself. */
export type Applicant = 'parent' | 'pupil';

/**
 * `asParent`: the viewer is one of the child's parents; `asPupil`: the viewer is this child signed in with his
 * own account. The pupil's age is checked here again: the token's claim is only as fresh as the sign-in.
 */
export function applicantOf(who: { asParent: boolean; asPupil: boolean }, birthDate: string, today: string): Applicant | null {
  if (who.asParent) return 'parent';
  if (who.asPupil && ageOn(birthDate, today) >= SELF_APPLICATION_AGE) return 'pupil';
  return null;
}

export const notAnApplicant = (action: 'подать заявку' | 'получить сертификат') =>
  new DomainError(
    'FORBIDDEN',
    `${action === 'подать заявку' ? 'Подать заявку' : 'Получить сертификат'} может родитель (законный представитель) ребёнка или сам обучающийся с ${SELF_APPLICATION_AGE} лет.`,
  );

/** A pupil applies with his own passport; a parent with the child's birth certificate or passport. */
export function documentRefusal(applicant: Applicant, documentKind: 'birth_certificate' | 'passport'): DomainError | null {
  if (applicant === 'pupil' && documentKind !== 'passport') {
    return new DomainError(
      'PASSPORT_REQUIRED',
      'Обучающийся с 14 лет получает сертификат по своему паспорту: добавьте паспорт в карточку и выберите его.',
    );
  }
  return null;
}
