import { inputField, inputType, normalisePersonName } from '@pdo/service-kit';
import { z } from 'zod';
import { SexValue } from './child.type';

/** Shape only (the rules are in domain/child.rules): trimmed strings, an empty patronymic means none. */
export const ChildInput = inputType(
  'ChildInput',
  {
    lastName: inputField(() => String, z.string().transform(normalisePersonName)),
    firstName: inputField(() => String, z.string().transform(normalisePersonName)),
    patronymic: inputField(
      () => String,
      z
        .string()
        .transform(normalisePersonName)
        .nullish()
        .transform((value) => (value ? value : null)),
    ),
    birthDate: inputField(() => String, z.string().trim(), { description: 'ГГГГ-ММ-ДД' }),
    sex: inputField(() => SexValue, z.enum(['male', 'female'], { message: 'Укажите пол ребёнка.' })),
    address: inputField(() => String, z.string().trim()),
    municipalityCode: inputField(() => String, z.string().trim()),
    attendsSchool: inputField(() => Boolean, z.boolean()),
  },
  { description: 'Карточка ребёнка' },
);
export type ChildInput = InstanceType<typeof ChildInput>;
