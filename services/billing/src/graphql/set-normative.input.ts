import { KopecksScalar } from '@pdo/service-kit';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';

@InputType({ description: 'Норматив, число сертификатов и бюджет группы сертификатов на учебный год' })
export class SetNormativeInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, { description: 'Группа сертификата, например «Дети в возрасте от 5 до 18 лет»' })
  groupName: string;

  @Field(() => String, { description: 'Начало учебного года: 1 сентября, ГГГГ-09-01' })
  periodStart: string;

  @Field(() => KopecksScalar)
  amountKopecks: number;

  @Field(() => Int)
  quota: number;

  @Field(() => KopecksScalar)
  budgetKopecks: number;

  @Field(() => String, { nullable: true, description: 'С какой даты действует изменение; по умолчанию сегодня' })
  effectiveFrom?: string | null;
}

/** The shape; the figures and the period are checked by the domain rules (`assertNormative`). */
export const setNormativeInputSchema = z.object({
  municipalityCode: z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.'),
  groupName: z.string().trim().min(1, 'Укажите группу сертификата.').max(200, 'Название группы слишком длинное.'),
  periodStart: z.string(),
  amountKopecks: z.number(),
  quota: z.number(),
  budgetKopecks: z.number(),
  effectiveFrom: z
    .string()
    .nullish()
    .transform((value) => value ?? undefined),
});
