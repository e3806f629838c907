import { inputField, inputType } from '@pdo/service-kit';
import { ID } from 'type-graphql';
import { z } from 'zod';
import { consentMethods } from '../domain/consent.rules';
import { enrollmentStatuses } from '../domain/enrollment.rules';
import { idempotencyKeySchema } from './program.input';

export const enrollmentIdSchema = z.uuid('Неверный идентификатор.');

const childId = inputField(() => ID, z.uuid('Неверный идентификатор ребёнка.'));
const groupId = inputField(() => ID, z.uuid('Неверный идентификатор группы.'));
const idempotencyKey = inputField(
  () => String,
  idempotencyKeySchema.transform((key) => key ?? null),
  { description: 'Повтор с тем же ключом вернёт первую заявку' },
);

/** A parent's own request is their consent: it is accepted only with the contract offer accepted. */
export const EnrollmentRequestInput = inputType(
  'EnrollmentRequestInput',
  {
    childId,
    groupId,
    idempotencyKey,
    offerAccepted: inputField(
      () => Boolean,
      z.literal(true, 'Чтобы записать ребёнка, прочитайте договор-оферту и отметьте, что принимаете её условия.'),
      {
        nullable: true,
        description: 'Родитель прочитал и принял договор-оферту программы; без этого заявка не принимается (BAD_USER_INPUT)',
      },
    ),
  },
  { description: 'Запись ребёнка в группу' },
);
export type EnrollmentRequestInput = InstanceType<typeof EnrollmentRequestInput>;

export const StaffEnrollmentInput = inputType(
  'StaffEnrollmentInput',
  {
    childId,
    groupId,
    parentUserId: inputField(() => ID, z.uuid('Неверный идентификатор родителя.'), {
      description: 'Родитель (законный представитель), давший согласие',
    }),
    consentMethod: inputField(
      () => String,
      z.enum(consentMethods, 'Способ согласия: written (письменное заявление) или in_person (родитель лично).'),
      { description: 'written (письменное заявление) или in_person (родитель лично, личность проверена)' },
    ),
    consentGivenAt: inputField(
      () => String,
      z.iso
        .datetime({ offset: true, error: 'Время согласия указывается как ГГГГ-ММ-ДДTЧЧ:ММ с часовым поясом.' })
        .transform((value) => new Date(value)),
      { description: 'Когда родитель дал согласие (ISO 8601)' },
    ),
    consentDocument: inputField(
      () => String,
      z
        .string()
        .trim()
        .max(200, 'Название документа согласия слишком длинное.')
        .nullish()
        .transform((value) => value || null),
      { description: 'Номер или название документа согласия' },
    ),
    idempotencyKey,
  },
  { description: 'Запись ребёнка сотрудником МОЦ или организации с согласия родителя' },
);
export type StaffEnrollmentInput = InstanceType<typeof StaffEnrollmentInput>;

export const declineReasonSchema = z
  .string()
  .trim()
  .min(1, 'Напишите причину отказа: родитель увидит её.')
  .max(2000, 'Причина отказа слишком длинная.');

export const enrollmentStatusSchema = z.enum(enrollmentStatuses, 'Неизвестный статус заявки.').nullish();
