import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, hasRole, isPupilOf, parseInput, type RequestContext, type Viewer } from '@pdo/service-kit';
import { In } from 'typeorm';
import { isStaffOf } from '../domain/access.rules';
import { checkConsentTime, consentMethodLabels } from '../domain/consent.rules';
import { rejectionMessage } from '../domain/enrollment.rules';
import { ChildEntity } from '../entities/child.entity';
import { EnrollmentEntity } from '../entities/enrollment.entity';
import { ProgramEntity } from '../entities/program.entity';
import {
  changeEnrollment,
  childOfParent,
  isParentOf,
  enrollOnBehalf,
  lockEnrollment,
  requestEnrollment,
  withdraw,
} from '../operations/enrollment.operations';
import {
  declineReasonSchema,
  enrollmentIdSchema,
  enrollmentRequestSchema,
  enrollmentStatusSchema,
  staffEnrollmentSchema,
} from './enrollment.input';
import { Child, Enrollment, EnrollmentRequestInput, ParentConsent, StaffEnrollmentInput } from './enrollment.type';
import { Program } from './program.type';

const toConsent = (entity: EnrollmentEntity): ParentConsent | null =>
  entity.consentMethod === null || entity.consentGivenAt === null
    ? null
    : {
        method: entity.consentMethod,
        methodLabel: consentMethodLabels[entity.consentMethod],
        givenAt: entity.consentGivenAt.toISOString(),
        document: entity.consentDocument,
        recordedBy: entity.requestedBy,
      };

const toEnrollment = (entity: EnrollmentEntity): Enrollment => ({
  ...entity,
  consent: toConsent(entity),
  rejectionMessage: entity.rejectionCode === null ? null : rejectionMessage(entity.rejectionCode),
  requestedAt: entity.requestedAt.toISOString(),
});

function assertStaffOfEnrollment(viewer: Viewer, enrollment: EnrollmentEntity): void {
  if (!isStaffOf(viewer, enrollment.providerId))
    throw forbidden('Ответить на заявку может только организация, которая ведёт программу.');
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Authorized('parent')
  @Mutation(() => Enrollment, {
    description: 'Записать ребёнка в группу: место занимается сразу, средства сертификата резервируются',
  })
  async requestEnrollment(
    @Arg('input', () => EnrollmentRequestInput) input: EnrollmentRequestInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Enrollment> {
    const request = parseInput(enrollmentRequestSchema, input);
    return toEnrollment(await requestEnrollment(dataSource, viewer, request));
  }

  @Authorized('operator', 'regional_admin', 'provider_staff')
  @Mutation(() => Enrollment, {
    description:
      'Записать ребёнка за родителя с его согласия (сотрудник МОЦ муниципалитета ребёнка или организации, ведущей программу)',
  })
  async enrollOnBehalf(
    @Arg('input', () => StaffEnrollmentInput) input: StaffEnrollmentInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Enrollment> {
    const { consentMethod, consentGivenAt, consentDocument, ...request } = parseInput(staffEnrollmentSchema, input);
    checkConsentTime(consentGivenAt, new Date());
    const consent = { method: consentMethod, givenAt: consentGivenAt, document: consentDocument };
    return toEnrollment(await enrollOnBehalf(dataSource, viewer, { ...request, consent }));
  }

  @Authorized('provider_staff')
  @Mutation(() => Enrollment, { description: 'Принять заявку: формируется договор' })
  acceptEnrollment(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment> {
    const enrollmentId = parseInput(enrollmentIdSchema, id);
    return dataSource.transaction(async (manager) => {
      const enrollment = await lockEnrollment(manager, enrollmentId);
      assertStaffOfEnrollment(viewer, enrollment);
      return toEnrollment(await changeEnrollment(manager, enrollment, 'accept'));
    });
  }

  @Authorized('provider_staff')
  @Mutation(() => Enrollment, { description: 'Отклонить заявку с причиной: место и средства освобождаются' })
  declineEnrollment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Enrollment> {
    const enrollmentId = parseInput(enrollmentIdSchema, id);
    const text = parseInput(declineReasonSchema, reason);
    return dataSource.transaction(async (manager) => {
      const enrollment = await lockEnrollment(manager, enrollmentId);
      assertStaffOfEnrollment(viewer, enrollment);
      return toEnrollment(await changeEnrollment(manager, enrollment, 'decline', { declineReason: text }, text));
    });
  }

  @Authorized('parent')
  @Mutation(() => Enrollment, {
    description: 'Отозвать заявку или уйти из группы: обучение прекращается с первого числа следующего месяца',
  })
  withdrawEnrollment(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment> {
    const enrollmentId = parseInput(enrollmentIdSchema, id);
    return dataSource.transaction(async (manager) => {
      const enrollment = await lockEnrollment(manager, enrollmentId);
      await childOfParent(manager, viewer, enrollment.childId);
      return toEnrollment(await withdraw(manager, enrollment, new Date()));
    });
  }

  @Authorized('parent', 'child')
  @Query(() => [Enrollment], { description: 'Заявки и зачисления всех моих детей (обучающемуся 14+ — свои), новые сначала' })
  async myEnrollments(@Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment[]> {
    const children = await dataSource
      .getRepository(ChildEntity)
      .createQueryBuilder('c')
      .select('c.id')
      .where(':userId = ANY(c.parent_ids)', { userId: viewer.userId })
      .getMany();
    const childIds = [...children.map((c) => c.id), ...(hasRole(viewer, 'child') && viewer.childId ? [viewer.childId] : [])];
    if (childIds.length === 0) return [];
    const enrollments = await dataSource.getRepository(EnrollmentEntity).find({
      where: { childId: In(childIds) },
      order: { requestedAt: 'DESC' },
    });
    return enrollments.map(toEnrollment);
  }

  @Authorized('provider_staff')
  @Query(() => [Enrollment], { description: 'Входящие заявки своей организации, старые сначала; можно отобрать по статусу' })
  async providerEnrollments(
    @Arg('status', () => String, { nullable: true }) status: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Enrollment[]> {
    const providerId = viewer.providerId;
    if (!providerId) throw forbidden();
    const wanted = parseInput(enrollmentStatusSchema, status);
    const enrollments = await dataSource.getRepository(EnrollmentEntity).find({
      where: wanted ? { providerId, status: wanted } : { providerId },
      order: { requestedAt: 'ASC' },
    });
    return enrollments.map(toEnrollment);
  }

  @FieldResolver(() => Program, { nullable: true })
  program(@Root() enrollment: Enrollment, @Ctx() { dataSource }: RequestContext): Promise<Program | null> {
    return dataSource.getRepository(ProgramEntity).findOneBy({ id: enrollment.programId });
  }
}

@Resolver(() => Child)
export class ChildEnrollmentResolver {
  @FieldResolver(() => [Enrollment], { description: 'Заявки и зачисления ребёнка: родителю все, организации — в свои программы' })
  async enrollments(@Root() child: Child, @Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment[]> {
    const known = await dataSource.getRepository(ChildEntity).findOneBy({ id: child.id });
    const parent = (known !== null && isParentOf(viewer, known)) || isPupilOf(viewer, child.id);
    const providerId = hasRole(viewer, 'provider_staff') ? viewer.providerId : null;
    if (!parent && !providerId) throw forbidden('Заявки ребёнка видят его родители.');
    const enrollments = await dataSource.getRepository(EnrollmentEntity).find({
      where: parent ? { childId: child.id } : { childId: child.id, providerId: providerId ?? undefined },
      order: { requestedAt: 'DESC' },
    });
    return enrollments.map(toEnrollment);
  }
}
