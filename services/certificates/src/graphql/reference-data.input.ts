import { inputField, inputType } from '@pdo/service-kit';
import { ID, Int } from 'type-graphql';
import { z } from 'zod';
import { isAgeRange, isPhoneNumber } from '../domain/reference-data.rules';

const municipalityCode = inputField(() => String, z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.'));
const text = (what: string) =>
  inputField(
    () => String,
    z
      .string()
      .trim()
      .transform((value) => value.replace(/\s+/g, ' '))
      .pipe(z.string().min(1, `Укажите ${what}.`).max(300, `Слишком длинное значение: ${what}.`)),
  );
const phone = z.string().trim().refine(isPhoneNumber, 'Телефон — 11 цифр, начиная с +7 или 8, например +7 (3842) 36-51-14.');
const ages = <T extends { minAge: number; maxAge: number }>(schema: z.ZodType<T>) =>
  schema.refine((group) => isAgeRange(group.minAge, group.maxAge), {
    message: 'Возраст группы — целые числа лет: от 5 до 18, и начало меньше конца.',
    path: ['maxAge'],
  });

export const UpdateSupportCentreInput = inputType('UpdateSupportCentreInput', {
  municipalityCode,
  name: text('название МОЦ'),
  address: text('адрес МОЦ'),
  phone: inputField(() => String, phone, { description: 'Например +7 (3842) 36-51-14' }),
});
export type UpdateSupportCentreInput = InstanceType<typeof UpdateSupportCentreInput>;

const institution = {
  name: text('название учреждения'),
  address: text('адрес учреждения'),
  phone: inputField(
    () => String,
    phone.nullish().transform((value) => value ?? null),
  ),
};

export const AddActivatingInstitutionInput = inputType('AddActivatingInstitutionInput', {
  municipalityCode,
  ...institution,
  acceptsApplications: inputField(() => Boolean, z.boolean(), {
    description: 'Учреждение также принимает заявления от родителей',
  }),
});
export type AddActivatingInstitutionInput = InstanceType<typeof AddActivatingInstitutionInput>;

const institutionId = z.uuid({ message: 'Учреждение не найдено.' });
export const UpdateActivatingInstitutionInput = inputType('UpdateActivatingInstitutionInput', {
  id: inputField(() => ID, institutionId),
  ...institution,
  acceptsApplications: inputField(() => Boolean, z.boolean()),
});
export type UpdateActivatingInstitutionInput = InstanceType<typeof UpdateActivatingInstitutionInput>;
export const institutionIdSchema = z.object({ id: institutionId });

export const AddCertificateGroupInput = inputType('AddCertificateGroupInput', {
  municipalityCode,
  name: { ...text('название группы'), description: 'Например «Дети в возрасте от 5 до 18 лет»' },
  minAge: inputField(() => Int, z.number(), { description: 'С какого возраста (включительно), не младше 5' }),
  maxAge: inputField(() => Int, z.number(), { description: 'До какого возраста (не включая), не старше 18' }),
});
export type AddCertificateGroupInput = InstanceType<typeof AddCertificateGroupInput>;
export const addCertificateGroupSchema = ages(AddCertificateGroupInput.schema);

export const UpdateCertificateGroupInput = inputType('UpdateCertificateGroupInput', {
  id: inputField(() => ID, z.uuid({ message: 'Группа сертификата не найдена.' })),
  minAge: inputField(() => Int, z.number()),
  maxAge: inputField(() => Int, z.number()),
});
export type UpdateCertificateGroupInput = InstanceType<typeof UpdateCertificateGroupInput>;
export const updateCertificateGroupSchema = ages(UpdateCertificateGroupInput.schema);
