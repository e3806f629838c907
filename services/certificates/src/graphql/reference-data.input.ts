import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { isAgeRange, isPhoneNumber } from '../domain/reference-data.rules';

const municipalityCode = z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');
const text = (what: string) =>
  z
    .string()
    .trim()
    .transform((value) => value.replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `Укажите ${what}.`).max(300, `Слишком длинное значение: ${what}.`));
const phone = z.string().trim().refine(isPhoneNumber, 'Телефон — 11 цифр, начиная с +7 или 8, например +7 (3842) 36-51-14.');
const ages = <T extends { minAge: number; maxAge: number }>(schema: z.ZodType<T>) =>
  schema.refine((group) => isAgeRange(group.minAge, group.maxAge), {
    message: 'Возраст группы — целые числа лет: от 5 до 18, и начало меньше конца.',
    path: ['maxAge'],
  });

@InputType()
export class UpdateSupportCentreInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { description: 'Например +7 (3842) 36-51-14' })
  phone: string;
}
export const updateSupportCentreSchema = z.object({
  municipalityCode,
  name: text('название МОЦ'),
  address: text('адрес МОЦ'),
  phone,
});

@InputType()
export class AddActivatingInstitutionInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { description: 'Учреждение также принимает заявления от родителей' })
  acceptsApplications: boolean;
}
const institution = {
  name: text('название учреждения'),
  address: text('адрес учреждения'),
  phone: phone.nullish().transform((value) => value ?? null),
  acceptsApplications: z.boolean(),
};
export const addActivatingInstitutionSchema = z.object({ municipalityCode, ...institution });

@InputType()
export class UpdateActivatingInstitutionInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean)
  acceptsApplications: boolean;
}
const institutionId = z.uuid({ message: 'Учреждение не найдено.' });
export const updateActivatingInstitutionSchema = z.object({ id: institutionId, ...institution });
export const institutionIdSchema = z.object({ id: institutionId });

@InputType()
export class AddCertificateGroupInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, { description: 'Например «Дети в возрасте от 5 до 18 лет»' })
  name: string;

  @Field(() => Int, { description: 'С какого возраста (включительно), не младше 5' })
  minAge: number;

  @Field(() => Int, { description: 'До какого возраста (не включая), не старше 18' })
  maxAge: number;
}
export const addCertificateGroupSchema = ages(
  z.object({ municipalityCode, name: text('название группы'), minAge: z.number(), maxAge: z.number() }),
);

@InputType()
export class UpdateCertificateGroupInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;
}
export const updateCertificateGroupSchema = ages(
  z.object({ id: z.uuid({ message: 'Группа сертификата не найдена.' }), minAge: z.number(), maxAge: z.number() }),
);
