import { Field, InputType } from 'type-graphql';
import { z } from 'zod';

@InputType({ description: 'Параметры, с которыми Госуслуги вернули человека на сайт' })
export class GosuslugiCallbackInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  state: string;

  @Field(() => String, { nullable: true, description: 'Параметр iss, если Госуслуги его передали' })
  iss?: string | null;
}

const part = (message: string) => z.string().trim().min(1, message).max(2000, message);

export const gosuslugiCallbackSchema = z.object({
  code: part('Госуслуги не передали код входа. Начните вход заново.'),
  state: part('Госуслуги не передали параметр state. Начните вход заново.'),
  iss: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((value) => value || null),
});
