import { inputField, inputType } from '@pdo/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { User } from './user.type';

export const SignInInput = inputType('SignInInput', {
  login: inputField(() => String, z.string().trim().min(1, 'Введите логин.').max(100, 'Логин слишком длинный.')),
  password: inputField(() => String, z.string().min(1, 'Введите пароль.').max(200, 'Пароль слишком длинный.')),
  refreshTokenInBody: inputField(
    () => Boolean,
    z
      .boolean()
      .nullish()
      .transform((value) => value === true),
    { description: 'Для программ, не для браузера: вернуть токен обновления в ответе, а не в httpOnly-cookie' },
  ),
});
export type SignInInput = InstanceType<typeof SignInInput>;

@ObjectType()
export class SignInPayload {
  @Field(() => String, { description: 'Короткоживущий токен доступа (JWT, 15 минут)' })
  accessToken: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Токен обновления (30 дней, одноразовый) — только если его попросили в теле ответа; браузер получает его в httpOnly-cookie',
  })
  refreshToken: string | null;

  @Field(() => User)
  viewer: User;

  @Field(() => Boolean, { description: 'Пароль временный (выдан МОЦ): предложите сменить его через changePassword' })
  mustChangePassword: boolean;
}

export const refreshTokenSchema = z
  .string()
  .trim()
  .min(1, 'Нет токена обновления.')
  .max(200, 'Токен обновления слишком длинный.');
