import { inputField, inputType } from '@pdo/service-kit';
import { ID } from 'type-graphql';
import { z } from 'zod';

export const IssuePupilLoginInput = inputType(
  'IssuePupilLoginInput',
  {
    childId: inputField(() => ID, z.uuid('Выберите обучающегося.')),
    login: inputField(() => String, z.string().trim().min(1, 'Введите логин.').max(100, 'Логин — не длиннее 100 знаков.'), {
      description: 'Латинские буквы, цифры и знаки . _ - @, от 3 до 100',
    }),
  },
  { description: 'Свой вход для обучающегося 14+: логин придумывает оператор вместе с обучающимся' },
);
export type IssuePupilLoginInput = InstanceType<typeof IssuePupilLoginInput>;
