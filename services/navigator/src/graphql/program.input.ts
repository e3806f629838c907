import { inputField, inputType, isMunicipalityCode, KopecksScalar, optionalFields } from '@pdo/service-kit';
import { Int } from 'type-graphql';
import { z } from 'zod';
import { directions, formats, registries, type Direction, type ProgramFormat, type Registry } from '../domain/program.rules';

const text = (what: string, max: number) => z.string().trim().min(1, `Укажите ${what}.`).max(max, `Слишком длинно: ${what}.`);

const programFields = {
  title: inputField(() => String, text('название программы', 300)),
  description: inputField(() => String, text('описание программы', 10_000)),
  direction: inputField(
    () => String,
    z.enum(directions as [Direction, ...Direction[]], { error: 'Выберите одну из шести направленностей.' }),
    { description: 'technical, science, sports, arts, tourism или social' },
  ),
  registry: inputField(
    () => String,
    z.enum(registries as [Registry, ...Registry[]], {
      error: 'Выберите реестр: certified, significant, pre_professional или other.',
    }),
    { description: 'certified, significant, pre_professional или other' },
  ),
  municipalityCode: inputField(() => String, z.string().refine(isMunicipalityCode, 'Выберите муниципалитет Кузбасса.')),
  address: inputField(() => String, text('адрес проведения занятий', 500)),
  format: inputField(
    () => String,
    z.enum(formats as [ProgramFormat, ...ProgramFormat[]], {
      error: 'Формат обучения: in_person (очно) или remote (дистанционно).',
    }),
    { description: 'in_person или remote' },
  ),
  minAge: inputField(() => Int, z.number().int()),
  maxAge: inputField(() => Int, z.number().int()),
  durationMonths: inputField(
    () => Int,
    z.number().int().min(1, 'Продолжительность — от 1 до 36 месяцев.').max(36, 'Продолжительность — от 1 до 36 месяцев.'),
  ),
  hours: inputField(
    () => Int,
    z.number().int().min(1, 'Укажите объём программы в часах.').max(10_000, 'Слишком большой объём программы.'),
  ),
  monthlyPriceKopecks: inputField(() => KopecksScalar, z.number().int().min(0, 'Стоимость не может быть отрицательной.')),
  needsMedicalCertificate: inputField(() => Boolean, z.boolean(), { defaultValue: false }),
  suitsDisabilities: inputField(() => Boolean, z.boolean(), { defaultValue: false }),
};

export const ProgramInput = inputType('ProgramInput', programFields, { description: 'Сведения о программе' });
export type ProgramInput = InstanceType<typeof ProgramInput>;
export const programSchema = ProgramInput.schema;
export type ProgramFields = z.infer<typeof programSchema>;

/** Merged with the stored program, then checked whole by `programSchema`. */
export const ProgramChangesInput = inputType('ProgramChangesInput', optionalFields(programFields), {
  description: 'Изменяемые сведения о программе; не указанные поля остаются прежними',
});
export type ProgramChangesInput = InstanceType<typeof ProgramChangesInput>;

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(1, 'Ключ идемпотентности не может быть пустым.')
  .max(200, 'Ключ идемпотентности слишком длинный.')
  .nullish();

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Время указывается как ЧЧ:ММ.');
const date = z.iso.date('Дата указывается как ГГГГ-ММ-ДД.');

const groupFields = {
  teacher: inputField(() => String, text('педагога', 300)),
  daysOfWeek: inputField(
    () => [Int],
    z
      .array(
        z
          .number()
          .int()
          .min(1, 'Дни недели — от 1 (понедельник) до 7 (воскресенье).')
          .max(7, 'Дни недели — от 1 (понедельник) до 7 (воскресенье).'),
      )
      .min(1, 'Укажите хотя бы один день занятий.'),
    { description: '1 — понедельник … 7 — воскресенье' },
  ),
  startTime: inputField(() => String, time, { description: 'ЧЧ:ММ' }),
  endTime: inputField(() => String, time, { description: 'ЧЧ:ММ' }),
  seats: inputField(
    () => Int,
    z.number().int().min(1, 'В группе должно быть хотя бы одно место.').max(1000, 'Слишком много мест в одной группе.'),
  ),
  startDate: inputField(() => String, date, { description: 'ГГГГ-ММ-ДД' }),
  endDate: inputField(() => String, date, { description: 'ГГГГ-ММ-ДД' }),
};

export const GroupInput = inputType('GroupInput', groupFields, { description: 'Учебная группа' });
export type GroupInput = InstanceType<typeof GroupInput>;
export const groupSchema = GroupInput.schema;

/** Merged with the stored group, then checked whole by `groupSchema`. */
export const GroupChangesInput = inputType('GroupChangesInput', optionalFields(groupFields), {
  description: 'Изменения группы; не указанные поля остаются прежними',
});
export type GroupChangesInput = InstanceType<typeof GroupChangesInput>;

/** Keeps the stored value where a change leaves a field out (null or absent). */
export const withChanges = <T extends object>(
  current: T,
  changes: Partial<Record<keyof T, unknown>>,
): Record<keyof T, unknown> => {
  const merged = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) if (value !== null && value !== undefined) merged[key] = value;
  return merged as Record<keyof T, unknown>;
};
