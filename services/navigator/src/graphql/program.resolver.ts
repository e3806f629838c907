import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, KopecksScalar, parseInput, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { certificateValuePerMonth, priceExceedsCertificate } from '../domain/certificate-value.rules';
import { checkAgeRange, directionLabels } from '../domain/program.rules';
import type { ProgramEntity } from '../entities/program.entity';
import { normativePerYear } from '../operations/certificate-value.operations';
import {
  addGroup,
  archiveProgram,
  createProgram,
  programGroups,
  programsOfProvider,
  publishedPrograms,
  reviewHistory,
  reviewProgram,
  reviewQueue,
  submitProgram,
  updateGroup,
  updateProgram,
  visibleProgram,
} from '../operations/program.operations';
import {
  GroupChangesInput,
  GroupInput,
  groupSchema,
  idempotencyKeySchema,
  ProgramChangesInput,
  ProgramInput,
  programSchema,
  withChanges,
  type ProgramFields,
} from './program.input';
import { Program, ProgramGroup, ProgramReview } from './program.type';
import { loadProvider } from '../operations/provider.loader';
import { Provider, toProvider } from './provider.type';

const pageSchema = z
  .number()
  .int()
  .min(1, 'Размер страницы должен быть от 1 до 100.')
  .max(100, 'Размер страницы должен быть от 1 до 100.');
const idSchema = z.uuid('Неверный идентификатор.');
const remarksSchema = z
  .string()
  .trim()
  .min(1, 'Напишите замечания, чтобы организация знала, что исправить.')
  .max(5000, 'Замечания слишком длинные.');

function validProgram(input: unknown): ProgramFields {
  const fields = parseInput(programSchema, input);
  checkAgeRange(fields.minAge, fields.maxAge);
  return fields;
}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program], { description: 'Опубликованные программы навигатора по названию' })
  programs(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Program[]> {
    return publishedPrograms(dataSource, parseInput(pageSchema, first));
  }

  @Query(() => Program, {
    nullable: true,
    description: 'Страница программы; неопубликованную видят её организация и проверяющие',
  })
  async program(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program | null> {
    return idSchema.safeParse(id).success ? visibleProgram(dataSource, viewer, id) : null;
  }

  @Authorized('provider_staff')
  @Query(() => [Program], { description: 'Все программы своей организации, в любом статусе' })
  async providerPrograms(@Ctx() { viewer, dataSource }: RequestContext): Promise<Program[]> {
    if (!viewer.providerId) throw forbidden();
    return programsOfProvider(dataSource, viewer.providerId);
  }

  @Authorized('operator', 'regional_admin')
  @Query(() => [Program], { description: 'Программы, ждущие сертификации (оператор видит свой муниципалитет)' })
  async reviewQueue(@Ctx() { viewer, dataSource }: RequestContext): Promise<Program[]> {
    return reviewQueue(dataSource, viewer);
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Новая программа (черновик). Повтор с тем же idempotencyKey вернёт первую' })
  createProgram(
    @Arg('input', () => ProgramInput) input: ProgramInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Program> {
    if (!viewer.providerId) throw forbidden();
    const fields = validProgram(input);
    return createProgram(dataSource, viewer.providerId, fields, parseInput(idempotencyKeySchema, idempotencyKey) ?? null);
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Изменить черновик или программу, возвращённую на доработку' })
  updateProgram(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => ProgramChangesInput) changes: ProgramChangesInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Program> {
    return updateProgram(dataSource, viewer, parseInput(idSchema, id), (program) => {
      const current = programSchema
        .keyof()
        .options.reduce((picked, key) => ({ ...picked, [key]: program[key] }), {} as ProgramFields);
      return validProgram(withChanges(current, { ...changes }));
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Отправить программу на сертификацию в МОЦ' })
  submitProgram(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program> {
    return submitProgram(dataSource, viewer, parseInput(idSchema, id));
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Убрать программу в архив' })
  archiveProgram(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program> {
    return archiveProgram(dataSource, viewer, parseInput(idSchema, id));
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Program, { description: 'Сертифицировать программу: она появится в навигаторе' })
  approveProgram(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program> {
    return reviewProgram(dataSource, viewer, parseInput(idSchema, id), 'approve', null);
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Program, { description: 'Вернуть программу организации на доработку с замечаниями' })
  returnProgram(
    @Arg('id', () => ID) id: string,
    @Arg('remarks', () => String) remarks: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Program> {
    const text = parseInput(remarksSchema, remarks);
    return reviewProgram(dataSource, viewer, parseInput(idSchema, id), 'return', text);
  }

  @Authorized('provider_staff')
  @Mutation(() => ProgramGroup, { description: 'Новая группа программы. Повтор с тем же idempotencyKey вернёт первую' })
  addGroup(
    @Arg('programId', () => ID) programId: string,
    @Arg('input', () => GroupInput) input: GroupInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<ProgramGroup> {
    const terms = parseInput(groupSchema, input);
    const key = parseInput(idempotencyKeySchema, idempotencyKey) ?? null;
    return addGroup(dataSource, viewer, parseInput(idSchema, programId), terms, key);
  }

  @Authorized('provider_staff')
  @Mutation(() => ProgramGroup, { description: 'Изменить расписание, педагога, места или сроки группы' })
  updateGroup(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => GroupChangesInput) changes: GroupChangesInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<ProgramGroup> {
    return updateGroup(dataSource, viewer, parseInput(idSchema, id), (current) =>
      parseInput(groupSchema, withChanges(current, { ...changes })),
    );
  }

  @FieldResolver(() => KopecksScalar, {
    nullable: true,
    description:
      'Сколько сертификат муниципалитета (группа «Дети в возрасте от 5 до 18 лет») платит за месяц этой программы, копейки; null, пока норматив не утверждён',
  })
  async certificateValuePerMonthKopecks(
    @Root() program: ProgramEntity,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<number | null> {
    const perYear = await normativePerYear(dataSource, program.municipalityCode, new Date());
    return perYear === null ? null : certificateValuePerMonth(perYear, program.durationMonths);
  }

  @FieldResolver(() => Boolean, {
    description: 'Цена в месяц выше, чем платит сертификат: разницу будет доплачивать семья',
  })
  async priceExceedsCertificate(@Root() program: ProgramEntity, @Ctx() context: RequestContext): Promise<boolean> {
    return priceExceedsCertificate(program.monthlyPriceKopecks, await this.certificateValuePerMonthKopecks(program, context));
  }

  @FieldResolver(() => String, { description: 'Направленность по-русски' })
  directionLabel(@Root() program: ProgramEntity): string {
    return directionLabels[program.direction];
  }

  @FieldResolver(() => Provider, { nullable: true })
  async provider(@Root() program: ProgramEntity, @Ctx() context: RequestContext): Promise<Provider | null> {
    const entity = await loadProvider(context, program.providerId);
    return entity ? toProvider(entity) : null;
  }

  @FieldResolver(() => [ProgramGroup], { description: 'Группы с расписанием и свободными местами' })
  async groups(@Root() program: ProgramEntity, @Ctx() { dataSource }: RequestContext): Promise<ProgramGroup[]> {
    return programGroups(dataSource, program.id);
  }

  @FieldResolver(() => [ProgramReview], { description: 'История сертификации; видят организация и проверяющие' })
  async reviewHistory(@Root() program: ProgramEntity, @Ctx() { viewer, dataSource }: RequestContext): Promise<ProgramReview[]> {
    return reviewHistory(dataSource, viewer, program);
  }
}
