import { inputField, inputType, isMunicipalityCode, KopecksScalar } from '@pdo/service-kit';
import { Int } from 'type-graphql';
import { z } from 'zod';
import { directions, type Direction } from '../domain/program.rules';

/** Every filter may be left out: null and absent both mean «any». */
const anyWhenAbsent = <Rule extends z.ZodType>(rule: Rule) => rule.nullish().transform((value) => value ?? undefined);

export const ProgramSearchFilter = inputType(
  'ProgramSearchFilter',
  {
    text: inputField(
      () => String,
      z
        .string()
        .trim()
        .max(200, 'Слишком длинный запрос.')
        .nullish()
        .transform((t) => t || undefined),
      { description: 'Слова из названия или описания; опечатки допускаются' },
    ),
    municipalityCode: inputField(
      () => String,
      anyWhenAbsent(z.string().refine(isMunicipalityCode, 'Выберите муниципалитет Кузбасса.')),
    ),
    direction: inputField(
      () => String,
      anyWhenAbsent(z.enum(directions as [Direction, ...Direction[]], { error: 'Такой направленности нет.' })),
    ),
    childAge: inputField(
      () => Int,
      anyWhenAbsent(z.number().int().min(0, 'Возраст — от 0 до 25 лет.').max(25, 'Возраст — от 0 до 25 лет.')),
      { description: 'Возраст ребёнка, полных лет' },
    ),
    dayOfWeek: inputField(
      () => Int,
      anyWhenAbsent(z.number().int().min(1, 'День недели — от 1 до 7.').max(7, 'День недели — от 1 до 7.')),
      { description: '1 — понедельник … 7 — воскресенье' },
    ),
    maxPriceKopecks: inputField(() => KopecksScalar, anyWhenAbsent(z.number().int().min(0, 'Цена не может быть отрицательной.'))),
    freeSeatsOnly: inputField(() => Boolean, anyWhenAbsent(z.boolean()), {
      description: 'Только программы со свободными местами',
    }),
    payableByCertificate: inputField(() => Boolean, anyWhenAbsent(z.boolean()), {
      description: 'Только сертифицированные (оплата сертификатом)',
    }),
  },
  { description: 'Фильтры поиска по навигатору' },
);
export type ProgramSearchFilter = InstanceType<typeof ProgramSearchFilter>;
