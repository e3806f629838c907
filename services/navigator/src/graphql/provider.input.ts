import { emailAddressSchema, isMunicipalityCode } from '@pdo/service-kit';
import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { providerTypes, type ProviderType } from '../domain/provider.rules';

@InputType({ description: 'Сведения об организации или ИП из ЕГРЮЛ/ЕГРИП и лицензии' })
export class ProviderInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'state, municipal, private или entrepreneur' })
  type: string;

  @Field(() => String)
  inn: string;

  @Field(() => String, { description: 'ОГРН организации или ОГРНИП предпринимателя' })
  ogrn: string;

  @Field(() => String, { nullable: true })
  licenceNumber?: string | null;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => [String])
  addresses: string[];

  @Field(() => String)
  phone: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

const text = (what: string, max: number) =>
  z.string().trim().min(1, `Укажите ${what}.`).max(max, `Слишком длинное значение: ${what}.`);

export const providerInputSchema = z
  .object({
    name: text('полное наименование', 500),
    type: z.enum(providerTypes as [ProviderType, ...ProviderType[]], {
      error: 'Тип поставщика: state, municipal, private или entrepreneur.',
    }),
    inn: z.string().trim(),
    ogrn: z.string().trim(),
    licenceNumber: z.string().trim().max(100, 'Номер лицензии слишком длинный.').nullish(),
    municipalityCode: z.string().refine(isMunicipalityCode, 'Выберите муниципалитет Кузбасса.'),
    addresses: z
      .array(text('адрес', 500))
      .min(1, 'Укажите хотя бы один адрес, где проходят занятия.')
      .max(50, 'Слишком много адресов.'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, 'Укажите телефон цифрами, например +7 3842 28-92-32.'),
    email: emailAddressSchema,
    website: z.url('Проверьте адрес сайта.').nullish(),
  })
  // Entrepreneurs may teach without a licence; organizations need one.
  .refine((input) => input.type === 'entrepreneur' || Boolean(input.licenceNumber), {
    message: 'Укажите номер лицензии на образовательную деятельность.',
    path: ['licenceNumber'],
  });
