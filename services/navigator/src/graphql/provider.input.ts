import { emailAddressSchema, inputField, inputType, isMunicipalityCode } from '@pdo/service-kit';
import { z } from 'zod';
import { providerTypes, type ProviderType } from '../domain/provider.rules';

const text = (what: string, max: number) =>
  z.string().trim().min(1, `Укажите ${what}.`).max(max, `Слишком длинное значение: ${what}.`);

export const ProviderInput = inputType(
  'ProviderInput',
  {
    name: inputField(() => String, text('полное наименование', 500)),
    type: inputField(
      () => String,
      z.enum(providerTypes as [ProviderType, ...ProviderType[]], {
        error: 'Тип поставщика: state, municipal, private или entrepreneur.',
      }),
      { description: 'state, municipal, private или entrepreneur' },
    ),
    inn: inputField(() => String, z.string().trim()),
    ogrn: inputField(() => String, z.string().trim(), { description: 'ОГРН организации или ОГРНИП предпринимателя' }),
    licenceNumber: inputField(() => String, z.string().trim().max(100, 'Номер лицензии слишком длинный.').nullish()),
    municipalityCode: inputField(() => String, z.string().refine(isMunicipalityCode, 'Выберите муниципалитет Кузбасса.')),
    addresses: inputField(
      () => [String],
      z.array(text('адрес', 500)).min(1, 'Укажите хотя бы один адрес, где проходят занятия.').max(50, 'Слишком много адресов.'),
    ),
    phone: inputField(
      () => String,
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{6,20}$/, 'Укажите телефон цифрами, например +7 3842 28-92-32.'),
    ),
    email: inputField(() => String, emailAddressSchema),
    website: inputField(() => String, z.url('Проверьте адрес сайта.').nullish()),
  },
  { description: 'Сведения об организации или ИП из ЕГРЮЛ/ЕГРИП и лицензии' },
);
export type ProviderInput = InstanceType<typeof ProviderInput>;

// Entrepreneurs may teach without a licence; organizations need one.
export const providerInputSchema = ProviderInput.schema.refine(
  (input) => input.type === 'entrepreneur' || Boolean(input.licenceNumber),
  { message: 'Укажите номер лицензии на образовательную деятельность.', path: ['licenceNumber'] },
);
