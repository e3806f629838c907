import { isMunicipalityCode, KopecksScalar } from '@pdo/service-kit';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { directions, formats, registries, type Direction, type ProgramFormat, type Registry } from '../domain/program.rules';

@InputType({ description: 'Сведения о программе' })
export class ProgramInput {
  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'technical, science, sports, arts, tourism или social' })
  direction: string;

  @Field(() => String, { description: 'certified, significant, pre_professional или other' })
  registry: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { description: 'in_person или remote' })
  format: string;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;

  @Field(() => Int)
  durationMonths: number;

  @Field(() => Int)
  hours: number;

  @Field(() => KopecksScalar)
  monthlyPriceKopecks: number;

  @Field(() => Boolean, { defaultValue: false })
  needsMedicalCertificate: boolean;

  @Field(() => Boolean, { defaultValue: false })
  suitsDisabilities: boolean;
}

@InputType({ description: 'Изменяемые сведения о программе; не указанные поля остаются прежними' })
export class ProgramChangesInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  direction?: string | null;

  @Field(() => String, { nullable: true })
  registry?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  format?: string | null;

  @Field(() => Int, { nullable: true })
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  maxAge?: number | null;

  @Field(() => Int, { nullable: true })
  durationMonths?: number | null;

  @Field(() => Int, { nullable: true })
  hours?: number | null;

  @Field(() => KopecksScalar, { nullable: true })
  monthlyPriceKopecks?: number | null;

  @Field(() => Boolean, { nullable: true })
  needsMedicalCertificate?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  suitsDisabilities?: boolean | null;
}

const text = (what: string, max: number) => z.string().trim().min(1, `Укажите ${what}.`).max(max, `Слишком длинно: ${what}.`);

export const programSchema = z.object({
  title: text('название программы', 300),
  description: text('описание программы', 10_000),
  direction: z.enum(directions as [Direction, ...Direction[]], { error: 'Выберите одну из шести направленностей.' }),
  registry: z.enum(registries as [Registry, ...Registry[]], {
    error: 'Выберите реестр: certified, significant, pre_professional или other.',
  }),
  municipalityCode: z.string().refine(isMunicipalityCode, 'Выберите муниципалитет Кузбасса.'),
  address: text('адрес проведения занятий', 500),
  format: z.enum(formats as [ProgramFormat, ...ProgramFormat[]], {
    error: 'Формат обучения: in_person (очно) или remote (дистанционно).',
  }),
  minAge: z.number().int(),
  maxAge: z.number().int(),
  durationMonths: z
    .number()
    .int()
    .min(1, 'Продолжительность — от 1 до 36 месяцев.')
    .max(36, 'Продолжительность — от 1 до 36 месяцев.'),
  hours: z.number().int().min(1, 'Укажите объём программы в часах.').max(10_000, 'Слишком большой объём программы.'),
  monthlyPriceKopecks: z.number().int().min(0, 'Стоимость не может быть отрицательной.'),
  needsMedicalCertificate: z.boolean(),
  suitsDisabilities: z.boolean(),
});
export type ProgramFields = z.infer<typeof programSchema>;

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(1, 'Ключ идемпотентности не может быть пустым.')
  .max(200, 'Ключ идемпотентности слишком длинный.')
  .nullish();

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Время указывается как ЧЧ:ММ.');
const date = z.iso.date('Дата указывается как ГГГГ-ММ-ДД.');

@InputType({ description: 'Учебная группа' })
export class GroupInput {
  @Field(() => String)
  teacher: string;

  @Field(() => [Int], { description: '1 — понедельник … 7 — воскресенье' })
  daysOfWeek: number[];

  @Field(() => String, { description: 'ЧЧ:ММ' })
  startTime: string;

  @Field(() => String, { description: 'ЧЧ:ММ' })
  endTime: string;

  @Field(() => Int)
  seats: number;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  startDate: string;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  endDate: string;
}

@InputType({ description: 'Изменения группы; не указанные поля остаются прежними' })
export class GroupChangesInput {
  @Field(() => String, { nullable: true })
  teacher?: string | null;

  @Field(() => [Int], { nullable: true })
  daysOfWeek?: number[] | null;

  @Field(() => String, { nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  endTime?: string | null;

  @Field(() => Int, { nullable: true })
  seats?: number | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;
}

export const groupSchema = z.object({
  teacher: text('педагога', 300),
  daysOfWeek: z
    .array(
      z
        .number()
        .int()
        .min(1, 'Дни недели — от 1 (понедельник) до 7 (воскресенье).')
        .max(7, 'Дни недели — от 1 (понедельник) до 7 (воскресенье).'),
    )
    .min(1, 'Укажите хотя бы один день занятий.'),
  startTime: time,
  endTime: time,
  seats: z.number().int().min(1, 'В группе должно быть хотя бы одно место.').max(1000, 'Слишком много мест в одной группе.'),
  startDate: date,
  endDate: date,
});

/** Keeps the stored value where a change leaves a field out (null or absent). */
export const withChanges = <T extends object>(
  current: T,
  changes: Partial<Record<keyof T, unknown>>,
): Record<keyof T, unknown> => {
  const merged = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) if (value !== null && value !== undefined) merged[key] = value;
  return merged as Record<keyof T, unknown>;
};
