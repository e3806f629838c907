import { Field, InputType } from 'type-graphql';
import { normalisePersonName } from '@pdo/service-kit';
import { z } from 'zod';
import type { Sex } from '../domain/child.rules';
import { SexValue } from './child.type';

@InputType({ description: 'Карточка ребёнка' })
export class ChildInput {
  @Field(() => String)
  lastName: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String, { nullable: true })
  patronymic?: string | null;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  birthDate: string;

  @Field(() => SexValue)
  sex: Sex;

  @Field(() => String)
  address: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => Boolean)
  attendsSchool: boolean;
}

/** Shape only (the rules are in domain/child.rules): trimmed strings, an empty patronymic means none. */
export const childInputSchema = z.object({
  lastName: z.string().transform(normalisePersonName),
  firstName: z.string().transform(normalisePersonName),
  patronymic: z
    .string()
    .transform(normalisePersonName)
    .nullish()
    .transform((value) => (value ? value : null)),
  birthDate: z.string().trim(),
  sex: z.enum(['male', 'female'], { message: 'Укажите пол ребёнка.' }),
  address: z.string().trim(),
  municipalityCode: z.string().trim(),
  attendsSchool: z.boolean(),
});
