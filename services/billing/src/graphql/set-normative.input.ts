import { inputField, inputType, KopecksScalar } from '@pdo/service-kit';
import { Int } from 'type-graphql';
import { z } from 'zod';

/** The shape; the figures and the period are checked by the domain rules (`assertNormative`). */
export const SetNormativeInput = inputType(
  'SetNormativeInput',
  {
    municipalityCode: inputField(() => String, z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.')),
    groupName: inputField(
      () => String,
      z.string().trim().min(1, 'Укажите группу сертификата.').max(200, 'Название группы слишком длинное.'),
      { description: 'Группа сертификата, например «Дети в возрасте от 5 до 18 лет»' },
    ),
    periodStart: inputField(() => String, z.string(), { description: 'Начало учебного года: 1 сентября, ГГГГ-09-01' }),
    amountKopecks: inputField(() => KopecksScalar, z.number()),
    quota: inputField(() => Int, z.number()),
    budgetKopecks: inputField(() => KopecksScalar, z.number()),
    effectiveFrom: inputField(
      () => String,
      z
        .string()
        .nullish()
        .transform((value) => value ?? undefined),
      { description: 'С какой даты действует изменение; по умолчанию сегодня' },
    ),
  },
  { description: 'Норматив, число сертификатов и бюджет группы сертификатов на учебный год' },
);
export type SetNormativeInput = InstanceType<typeof SetNormativeInput>;
