import { inputField, inputType } from '@pdo/service-kit';
import { z } from 'zod';

const part = (message: string) => inputField(() => String, z.string().trim().min(1, message).max(2000, message));

export const GosuslugiCallbackInput = inputType(
  'GosuslugiCallbackInput',
  {
    code: part('Госуслуги не передали код входа. Начните вход заново.'),
    state: part('Госуслуги не передали параметр state. Начните вход заново.'),
    iss: inputField(
      () => String,
      z
        .string()
        .trim()
        .max(2000)
        .nullish()
        .transform((value) => value || null),
      { description: 'Параметр iss, если Госуслуги его передали' },
    ),
  },
  { description: 'Параметры, с которыми Госуслуги вернули человека на сайт' },
);
export type GosuslugiCallbackInput = InstanceType<typeof GosuslugiCallbackInput>;
