import { z } from 'zod';
import { enrollmentStatuses } from '../domain/enrollment.rules';
import { idempotencyKeySchema } from './program.input';

export const enrollmentIdSchema = z.uuid('Неверный идентификатор.');

export const enrollmentRequestSchema = z.object({
  childId: z.uuid('Неверный идентификатор ребёнка.'),
  groupId: z.uuid('Неверный идентификатор группы.'),
  idempotencyKey: idempotencyKeySchema.transform((key) => key ?? null),
});

export const declineReasonSchema = z
  .string()
  .trim()
  .min(1, 'Напишите причину отказа: родитель увидит её.')
  .max(2000, 'Причина отказа слишком длинная.');

export const enrollmentStatusSchema = z.enum(enrollmentStatuses, 'Неизвестный статус заявки.').nullish();
