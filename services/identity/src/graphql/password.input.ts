import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { User } from './user.type';

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword: string;

  @Field(() => String)
  newPassword: string;
}

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1, 'Введите текущий пароль.').max(200, 'Пароль слишком длинный.'),
    newPassword: z.string().min(8, 'Новый пароль — не короче 8 символов.').max(200, 'Пароль слишком длинный.'),
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: 'Новый пароль должен отличаться от текущего.',
    path: ['newPassword'],
  });

@ObjectType()
export class PasswordReset {
  @Field(() => String, { description: 'Временный пароль: передайте его человеку, при входе он сменит пароль' })
  temporaryPassword: string;

  @Field(() => User)
  user: User;
}

export const recoveryRequestSchema = z
  .string()
  .trim()
  .min(1, 'Введите логин или адрес электронной почты.')
  .max(200, 'Логин или адрес слишком длинный.');

@InputType()
export class RecoverPasswordInput {
  @Field(() => String, { description: 'Токен из ссылки в письме' })
  token: string;

  @Field(() => String)
  newPassword: string;
}

export const recoverPasswordInputSchema = z.object({
  token: z.string().trim().min(1, 'Ссылка для восстановления неполная.').max(200, 'Ссылка для восстановления испорчена.'),
  newPassword: z.string().min(8, 'Новый пароль — не короче 8 символов.').max(200, 'Пароль слишком длинный.'),
});
