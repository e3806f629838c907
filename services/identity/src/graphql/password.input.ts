import { inputField, inputType } from '@pdo/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { User } from './user.type';

const newPassword = inputField(
  () => String,
  z.string().min(8, 'Новый пароль — не короче 8 символов.').max(200, 'Пароль слишком длинный.'),
);

export const ChangePasswordInput = inputType('ChangePasswordInput', {
  currentPassword: inputField(() => String, z.string().min(1, 'Введите текущий пароль.').max(200, 'Пароль слишком длинный.')),
  newPassword,
});
export type ChangePasswordInput = InstanceType<typeof ChangePasswordInput>;
export const changePasswordInputSchema = ChangePasswordInput.schema.refine(
  (input) => input.currentPassword !== input.newPassword,
  { message: 'Новый пароль должен отличаться от текущего.', path: ['newPassword'] },
);

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

export const RecoverPasswordInput = inputType('RecoverPasswordInput', {
  token: inputField(
    () => String,
    z.string().trim().min(1, 'Ссылка для восстановления неполная.').max(200, 'Ссылка для восстановления испорчена.'),
    { description: 'Токен из ссылки в письме' },
  ),
  newPassword,
});
export type RecoverPasswordInput = InstanceType<typeof RecoverPasswordInput>;
