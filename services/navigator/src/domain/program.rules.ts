import { directionSchema, type Direction } from '@pdo/events/domain';
import { directionLabels, DomainError } from '@pdo/service-kit/domain';

export type ProgramStatus = 'draft' | 'on_review' | 'published' | 'returned' | 'archived';
export type Registry = 'certified' | 'significant' | 'pre_professional' | 'other';
export type ProgramFormat = 'in_person' | 'remote';
export type ReviewDecision = 'approved' | 'returned';

export type { Direction };
export { directionLabels };
export const directions = directionSchema.options;
export const registries: readonly Registry[] = ['certified', 'significant', 'pre_professional', 'other'];
export const formats: readonly ProgramFormat[] = ['in_person', 'remote'];

export const MIN_CHILD_AGE = 5;
export const MAX_CHILD_AGE = 18;

/** The certificate serves children from 5 to 18, so a program's age range must lie inside it. */
export function checkAgeRange(minAge: number, maxAge: number): void {
  if (minAge < MIN_CHILD_AGE || maxAge > MAX_CHILD_AGE || minAge > maxAge) {
    throw new DomainError(
      'BAD_AGE_RANGE',
      `Возраст детей указывается от ${MIN_CHILD_AGE} до ${MAX_CHILD_AGE} лет, и наименьший возраст не может быть больше наибольшего.`,
      { field: minAge < MIN_CHILD_AGE || minAge > maxAge ? 'minAge' : 'maxAge' },
    );
  }
}

export type ProgramAction = 'edit' | 'submit' | 'approve' | 'return' | 'archive';

const allowedFrom: Record<ProgramAction, readonly ProgramStatus[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['on_review'],
  return: ['on_review'],
  archive: ['draft', 'on_review', 'published', 'returned'],
};

const resultOf: Record<Exclude<ProgramAction, 'edit'>, ProgramStatus> = {
  submit: 'on_review',
  approve: 'published',
  return: 'returned',
  archive: 'archived',
};

const refusals: Record<ProgramAction, string> = {
  edit: 'Изменять программу можно только в черновике или после возврата на доработку.',
  submit: 'На сертификацию отправляется черновик или программа, возвращённая на доработку.',
  approve: 'Одобрить можно только программу, отправленную на сертификацию.',
  return: 'Вернуть на доработку можно только программу, отправленную на сертификацию.',
  archive: 'Программа уже в архиве.',
};

/** Certification lifecycle: draft → on review → published, or returned with remarks and resubmitted; any of them → archived. */
export function transition(status: ProgramStatus, action: ProgramAction): ProgramStatus {
  if (!allowedFrom[action].includes(status)) throw new DomainError('INVALID_PROGRAM_STATUS', refusals[action], { status });
  return action === 'edit' ? status : resultOf[action];
}
