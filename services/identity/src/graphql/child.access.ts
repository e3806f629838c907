import type { LoadedChild } from '../operations/child-access';
import { rejectViolations, violation } from '../domain/violation';
import type { Child } from './child.type';

export const toChild = ({ entity, parentIds, access }: LoadedChild, reason: string | null = null): Child => ({
  id: entity.id,
  lastName: entity.lastName,
  firstName: entity.firstName,
  patronymic: entity.patronymic,
  birthDate: entity.birthDate,
  sex: entity.sex,
  address: entity.address,
  municipalityCode: entity.municipalityCode,
  attendsSchool: entity.attendsSchool,
  parentIds,
  scope: { access, reason },
});

export const reasonOf = (reason: string | null | undefined): string | null => {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > 500) rejectViolations([violation('reason', 'Причина слишком длинная (не более 500 символов).')]);
  return trimmed === '' ? null : trimmed;
};
