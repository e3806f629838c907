import { inputField, inputType, KopecksScalar } from '@pdo/service-kit';
import { ID } from 'type-graphql';
import { z } from 'zod';
import { MAX_REPORT_LINES } from '../domain/month-report.rules';

export const MonthReportInput = inputType(
  'MonthReportInput',
  {
    month: inputField(() => String, z.string(), { description: 'Месяц, ГГГГ-ММ' }),
    enrollmentIds: inputField(
      () => [ID],
      z
        .array(z.uuid('Неверный идентификатор записи.'))
        .min(1, 'Укажите хотя бы одну запись.')
        .max(MAX_REPORT_LINES, `В одном отчёте не больше ${MAX_REPORT_LINES} записей.`)
        .refine((ids) => new Set(ids).size === ids.length, 'Запись указана в отчёте дважды.'),
    ),
  },
  { description: 'Отчёт организации: какие записи обучались в месяце' },
);
export type MonthReportInput = InstanceType<typeof MonthReportInput>;

export const AdvancePaymentInput = inputType(
  'AdvancePaymentInput',
  {
    providerId: inputField(() => ID, z.uuid('Неверный идентификатор организации.')),
    municipalityCode: inputField(() => String, z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.')),
    month: inputField(() => String, z.string(), { description: 'Месяц, ГГГГ-ММ' }),
    amountKopecks: inputField(
      () => KopecksScalar,
      z
        .number()
        .int('Аванс указывается целым числом копеек.')
        .positive('Аванс должен быть больше нуля.')
        .max(Number.MAX_SAFE_INTEGER, 'Слишком большая сумма.'),
    ),
  },
  { description: 'Аванс муниципалитета организации за месяц; зачитывается в счёт за этот месяц' },
);
export type AdvancePaymentInput = InstanceType<typeof AdvancePaymentInput>;

export const returnReasonSchema = z
  .string()
  .trim()
  .min(3, 'Укажите, почему счёт возвращается.')
  .max(2000, 'Слишком длинное пояснение.');
