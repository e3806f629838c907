import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  DomainError,
  forbidden,
  hasRole,
  KopecksScalar,
  notFound,
  parseInput,
  type RequestContext,
  type Viewer,
} from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { assertReviewerFor, assertStaffOf, isReviewerFor, isStaffOf } from '../domain/access.rules';
import { certificateValuePerMonth, priceExceedsCertificate } from '../domain/certificate-value.rules';
import { checkGroupTerms, normalizeDays } from '../domain/group.rules';
import { checkAgeRange, directionLabels, transition, type ProgramAction } from '../domain/program.rules';
import { ProgramGroupEntity } from '../entities/program-group.entity';
import { ProgramReviewEntity } from '../entities/program-review.entity';
import { ProgramEntity } from '../entities/program.entity';
import { ProviderEntity } from '../entities/provider.entity';
import { normativePerYear } from '../operations/certificate-value.operations';
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
import { loadProvider } from './provider.loader';
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

const toGroup = (entity: ProgramGroupEntity): ProgramGroup => ({ ...entity, seatsLeft: entity.seats - entity.seatsTaken });

function validProgram(input: unknown): ProgramFields {
  const fields = parseInput(programSchema, input);
  checkAgeRange(fields.minAge, fields.maxAge);
  return fields;
}

/** Who may see a program that is not (or no longer) in the public catalogue. */
const canSeeUnpublished = (viewer: Viewer, program: ProgramEntity) =>
  isStaffOf(viewer, program.providerId) || isReviewerFor(viewer, program.municipalityCode);

async function lockProgram(manager: EntityManager, id: string): Promise<ProgramEntity> {
  const program = await manager.findOne(ProgramEntity, {
    where: { id: parseInput(idSchema, id) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!program) throw notFound('Программа не найдена.');
  return program;
}

async function assertApprovedProvider(manager: EntityManager, providerId: string): Promise<void> {
  const provider = await manager.findOneBy(ProviderEntity, { id: providerId });
  if (provider?.status !== 'approved') {
    throw new DomainError(
      'PROVIDER_NOT_APPROVED',
      'Публиковать программы можно после того, как МОЦ допустит организацию к участию.',
    );
  }
}

/** A provider's own lifecycle step (edit, submit, archive) on its own program, in one transaction. */
async function providerStep(manager: EntityManager, viewer: Viewer, id: string, action: ProgramAction): Promise<ProgramEntity> {
  const program = await lockProgram(manager, id);
  assertStaffOf(viewer, program.providerId);
  program.status = transition(program.status, action);
  return program;
}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program], { description: 'Опубликованные программы навигатора по названию' })
  programs(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Program[]> {
    const take = parseInput(pageSchema, first);
    return dataSource.getRepository(ProgramEntity).find({ where: { status: 'published' }, order: { title: 'ASC' }, take });
  }

  @Query(() => Program, {
    nullable: true,
    description: 'Страница программы; неопубликованную видят её организация и проверяющие',
  })
  async program(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program | null> {
    if (!idSchema.safeParse(id).success) return null;
    const program = await dataSource.getRepository(ProgramEntity).findOneBy({ id });
    if (!program) return null;
    return program.status === 'published' || canSeeUnpublished(viewer, program) ? program : null;
  }

  @Authorized('provider_staff')
  @Query(() => [Program], { description: 'Все программы своей организации, в любом статусе' })
  async providerPrograms(@Ctx() { viewer, dataSource }: RequestContext): Promise<Program[]> {
    if (!viewer.providerId) throw forbidden();
    return dataSource.getRepository(ProgramEntity).find({ where: { providerId: viewer.providerId }, order: { title: 'ASC' } });
  }

  @Authorized('operator', 'regional_admin')
  @Query(() => [Program], { description: 'Программы, ждущие сертификации (оператор видит свой муниципалитет)' })
  async reviewQueue(@Ctx() { viewer, dataSource }: RequestContext): Promise<Program[]> {
    const everywhere = hasRole(viewer, 'regional_admin');
    if (!everywhere && !viewer.municipalityCode) throw forbidden();
    return dataSource.getRepository(ProgramEntity).find({
      where: everywhere
        ? { status: 'on_review' }
        : { status: 'on_review', municipalityCode: viewer.municipalityCode ?? undefined },
      order: { updatedAt: 'ASC' },
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Новая программа (черновик). Повтор с тем же idempotencyKey вернёт первую' })
  createProgram(
    @Arg('input', () => ProgramInput) input: ProgramInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Program> {
    const providerId = viewer.providerId;
    if (!providerId) throw forbidden();
    const fields = validProgram(input);
    const key = parseInput(idempotencyKeySchema, idempotencyKey) ?? null;
    return dataSource.transaction(async (manager) => {
      await assertApprovedProvider(manager, providerId);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProgramEntity)
        .values({ ...fields, providerId, status: 'draft', idempotencyKey: key })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      // No row: this key was used before, so the first program is the answer.
      return manager.findOneByOrFail(ProgramEntity, id ? { id } : { providerId, idempotencyKey: key ?? '' });
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Изменить черновик или программу, возвращённую на доработку' })
  updateProgram(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => ProgramChangesInput) changes: ProgramChangesInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Program> {
    return dataSource.transaction(async (manager) => {
      const program = await providerStep(manager, viewer, id, 'edit');
      const current: ProgramFields = programSchema
        .keyof()
        .options.reduce((picked, key) => ({ ...picked, [key]: program[key] }), {} as ProgramFields);
      const fields = validProgram(withChanges(current, { ...changes }));
      return manager.save(ProgramEntity, { ...program, ...fields });
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Отправить программу на сертификацию в МОЦ' })
  submitProgram(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program> {
    return dataSource.transaction(async (manager) => {
      const program = await providerStep(manager, viewer, id, 'submit');
      if ((await manager.countBy(ProgramGroupEntity, { programId: program.id })) === 0) {
        throw new DomainError(
          'PROGRAM_HAS_NO_GROUPS',
          'Добавьте хотя бы одну группу с расписанием, прежде чем отправлять программу.',
        );
      }
      return manager.save(program);
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => Program, { description: 'Убрать программу в архив' })
  archiveProgram(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program> {
    return dataSource.transaction(async (manager) => manager.save(await providerStep(manager, viewer, id, 'archive')));
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Program, { description: 'Сертифицировать программу: она появится в навигаторе' })
  approveProgram(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Program> {
    return dataSource.transaction((manager) => review(manager, viewer, id, 'approve', null));
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Program, { description: 'Вернуть программу организации на доработку с замечаниями' })
  returnProgram(
    @Arg('id', () => ID) id: string,
    @Arg('remarks', () => String) remarks: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Program> {
    const text = parseInput(remarksSchema, remarks);
    return dataSource.transaction((manager) => review(manager, viewer, id, 'return', text));
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
    checkGroupTerms(terms);
    const key = parseInput(idempotencyKeySchema, idempotencyKey) ?? null;
    return dataSource.transaction(async (manager) => {
      const program = await lockProgram(manager, programId);
      assertStaffOf(viewer, program.providerId);
      if (program.status === 'archived')
        throw new DomainError('INVALID_PROGRAM_STATUS', 'Программа в архиве: новые группы в неё не добавляются.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProgramGroupEntity)
        .values({
          ...terms,
          daysOfWeek: normalizeDays(terms.daysOfWeek),
          programId: program.id,
          providerId: program.providerId,
          idempotencyKey: key,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      return toGroup(
        await manager.findOneByOrFail(
          ProgramGroupEntity,
          id ? { id } : { providerId: program.providerId, idempotencyKey: key ?? '' },
        ),
      );
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => ProgramGroup, { description: 'Изменить расписание, педагога, места или сроки группы' })
  updateGroup(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => GroupChangesInput) changes: GroupChangesInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<ProgramGroup> {
    const groupId = parseInput(idSchema, id);
    return dataSource.transaction(async (manager) => {
      const group = await manager.findOne(ProgramGroupEntity, { where: { id: groupId }, lock: { mode: 'pessimistic_write' } });
      if (!group) throw notFound('Группа не найдена.');
      assertStaffOf(viewer, group.providerId);
      const { teacher, daysOfWeek, startTime, endTime, seats, startDate, endDate } = group;
      const terms = parseInput(
        groupSchema,
        withChanges({ teacher, daysOfWeek, startTime, endTime, seats, startDate, endDate }, { ...changes }),
      );
      checkGroupTerms(terms, group.seatsTaken);
      return toGroup(await manager.save(ProgramGroupEntity, { ...group, ...terms, daysOfWeek: normalizeDays(terms.daysOfWeek) }));
    });
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
    const groups = await dataSource
      .getRepository(ProgramGroupEntity)
      .find({ where: { programId: program.id }, order: { startDate: 'ASC', startTime: 'ASC' } });
    return groups.map(toGroup);
  }

  @FieldResolver(() => [ProgramReview], { description: 'История сертификации; видят организация и проверяющие' })
  async reviewHistory(@Root() program: ProgramEntity, @Ctx() { viewer, dataSource }: RequestContext): Promise<ProgramReview[]> {
    if (!canSeeUnpublished(viewer, program)) throw forbidden('Историю проверки видят организация и сотрудники МОЦ.');
    const reviews = await dataSource
      .getRepository(ProgramReviewEntity)
      .find({ where: { programId: program.id }, order: { reviewedAt: 'ASC' } });
    return reviews.map((r) => ({
      decision: r.decision,
      remarks: r.remarks,
      reviewerId: r.reviewerId,
      reviewedAt: r.reviewedAt.toISOString(),
    }));
  }
}

/** A certification decision and its record, in the caller's transaction. */
async function review(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  action: 'approve' | 'return',
  remarks: string | null,
): Promise<ProgramEntity> {
  const program = await lockProgram(manager, id);
  assertReviewerFor(viewer, program.municipalityCode);
  program.status = transition(program.status, action);
  if (!viewer.userId) throw forbidden();
  await manager.insert(ProgramReviewEntity, {
    programId: program.id,
    reviewerId: viewer.userId,
    decision: action === 'approve' ? 'approved' : 'returned',
    remarks,
  });
  return manager.save(program);
}
