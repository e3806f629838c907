import { z } from 'zod';
import { consentMethods } from '../domain/consent.rules';
import { enrollmentStatuses } from '../domain/enrollment.rules';
import { idempotencyKeySchema } from './program.input';

export const enrollmentIdSchema = z.uuid('Неверный идентификатор.');

const groupRequestSchema = z.object({
  childId: z.uuid('Неверный идентификатор ребёнка.'),
  groupId: z.uuid('Неверный идентификатор группы.'),
  idempotencyKey: idempotencyKeySchema.transform((key) => key ?? null),
});

/** A parent's own request is their consent: it is accepted only with the contract offer accepted. */
export const enrollmentRequestSchema = groupRequestSchema.extend({
  offerAccepted: z.literal(true, 'Чтобы записать ребёнка, прочитайте договор-оферту и отметьте, что принимаете её условия.'),
});

export const staffEnrollmentSchema = groupRequestSchema.extend({
  parentUserId: z.uuid('Неверный идентификатор родителя.'),
  consentMethod: z.enum(consentMethods, 'Способ согласия: written (письменное заявление) или in_person (родитель лично).'),
  consentGivenAt: z.iso
    .datetime({ offset: true, error: 'Время согласия указывается как ГГГГ-ММ-ДДTЧЧ:ММ с часовым поясом.' })
    .transform((value) => new Date(value)),
  consentDocument: z
    .string()
    .trim()
    .max(200, 'Название документа согласия слишком длинное.')
    .nullish()
    .transform((value) => value || null),
});

export const declineReasonSchema = z
  .string()
  .trim()
  .min(1, 'Напишите причину отказа: родитель увидит её.')
  .max(2000, 'Причина отказа слишком длинная.');

export const enrollmentStatusSchema = z.enum(enrollmentStatuses, 'Неизвестный статус заявки.').nullish();
