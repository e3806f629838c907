import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';

@InputType({ description: 'Свой вход для обучающегося 14+: логин придумывает оператор вместе с обучающимся' })
export class IssuePupilLoginInput {
  @Field(() => ID)
  childId: string;

  @Field(() => String, { description: 'Латинские буквы, цифры и знаки . _ - @, от 3 до 100' })
  login: string;
}

export const issuePupilLoginInputSchema = z.object({
  childId: z.uuid('Выберите обучающегося.'),
  login: z.string().trim().min(1, 'Введите логин.').max(100, 'Логин — не длиннее 100 знаков.'),
});
