import { KopecksScalar } from '@pdo/service-kit';
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { MAX_REPORT_LINES } from '../domain/month-report.rules';

@InputType({ description: 'Отчёт организации: какие записи обучались в месяце' })
export class MonthReportInput {
  @Field(() => String, { description: 'Месяц, ГГГГ-ММ' })
  month: string;

  @Field(() => [ID])
  enrollmentIds: string[];
}

export const monthReportInputSchema = z.object({
  month: z.string(),
  enrollmentIds: z
    .array(z.uuid('Неверный идентификатор записи.'))
    .min(1, 'Укажите хотя бы одну запись.')
    .max(MAX_REPORT_LINES, `В одном отчёте не больше ${MAX_REPORT_LINES} записей.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Запись указана в отчёте дважды.'),
});

@InputType({ description: 'Аванс муниципалитета организации за месяц; зачитывается в счёт за этот месяц' })
export class AdvancePaymentInput {
  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, { description: 'Месяц, ГГГГ-ММ' })
  month: string;

  @Field(() => KopecksScalar)
  amountKopecks: number;
}

export const advancePaymentInputSchema = z.object({
  providerId: z.uuid('Неверный идентификатор организации.'),
  municipalityCode: z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.'),
  month: z.string(),
  amountKopecks: z
    .number()
    .int('Аванс указывается целым числом копеек.')
    .positive('Аванс должен быть больше нуля.')
    .max(Number.MAX_SAFE_INTEGER, 'Слишком большая сумма.'),
});

export const returnReasonSchema = z
  .string()
  .trim()
  .min(3, 'Укажите, почему счёт возвращается.')
  .max(2000, 'Слишком длинное пояснение.');
