import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { checkConsentTime, consentMethodLabels } from '../domain/consent.rules';
import { rejectionMessage } from '../domain/enrollment.rules';
import type { EnrollmentEntity } from '../entities/enrollment.entity';
import {
  acceptEnrollment,
  declineEnrollment,
  enrollmentsOfChild,
  enrollmentsOfProvider,
  enrollmentsOfViewer,
  withdrawEnrollment,
} from '../operations/enrollment-answers.operations';
import { enrollOnBehalf, requestEnrollment } from '../operations/enrollment.operations';
import { programById } from '../operations/program.operations';
import {
  declineReasonSchema,
  enrollmentIdSchema,
  EnrollmentRequestInput,
  enrollmentStatusSchema,
  StaffEnrollmentInput,
} from './enrollment.input';
import { Child, Enrollment, ParentConsent } from './enrollment.type';
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
  child: { id: entity.childId },
  consent: toConsent(entity),
  rejectionMessage: entity.rejectionCode === null ? null : rejectionMessage(entity.rejectionCode),
  requestedAt: entity.requestedAt.toISOString(),
});

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
    const request = parseInput(EnrollmentRequestInput.schema, input);
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
    const { consentMethod, consentGivenAt, consentDocument, ...request } = parseInput(StaffEnrollmentInput.schema, input);
    checkConsentTime(consentGivenAt, new Date());
    const consent = { method: consentMethod, givenAt: consentGivenAt, document: consentDocument };
    return toEnrollment(await enrollOnBehalf(dataSource, viewer, { ...request, consent }));
  }

  @Authorized('provider_staff')
  @Mutation(() => Enrollment, { description: 'Принять заявку: формируется договор' })
  async acceptEnrollment(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment> {
    return toEnrollment(await acceptEnrollment(dataSource, viewer, parseInput(enrollmentIdSchema, id)));
  }

  @Authorized('provider_staff')
  @Mutation(() => Enrollment, { description: 'Отклонить заявку с причиной: место и средства освобождаются' })
  async declineEnrollment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Enrollment> {
    const enrollmentId = parseInput(enrollmentIdSchema, id);
    const text = parseInput(declineReasonSchema, reason);
    return toEnrollment(await declineEnrollment(dataSource, viewer, enrollmentId, text));
  }

  @Authorized('parent')
  @Mutation(() => Enrollment, {
    description: 'Отозвать заявку или уйти из группы: обучение прекращается с первого числа следующего месяца',
  })
  async withdrawEnrollment(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment> {
    return toEnrollment(await withdrawEnrollment(dataSource, viewer, parseInput(enrollmentIdSchema, id)));
  }

  @Authorized('parent', 'child')
  @Query(() => [Enrollment], { description: 'Заявки и зачисления всех моих детей (обучающемуся 14+ — свои), новые сначала' })
  async myEnrollments(@Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment[]> {
    return (await enrollmentsOfViewer(dataSource, viewer)).map(toEnrollment);
  }

  @Authorized('provider_staff')
  @Query(() => [Enrollment], { description: 'Входящие заявки своей организации, старые сначала; можно отобрать по статусу' })
  async providerEnrollments(
    @Arg('status', () => String, { nullable: true }) status: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Enrollment[]> {
    const providerId = viewer.providerId;
    if (!providerId) throw forbidden();
    const wanted = parseInput(enrollmentStatusSchema, status) ?? null;
    return (await enrollmentsOfProvider(dataSource, providerId, wanted)).map(toEnrollment);
  }

  @FieldResolver(() => Program, { nullable: true })
  program(@Root() enrollment: Enrollment, @Ctx() { dataSource }: RequestContext): Promise<Program | null> {
    return programById(dataSource, enrollment.programId);
  }
}

@Resolver(() => Child)
export class ChildEnrollmentResolver {
  @FieldResolver(() => [Enrollment], { description: 'Заявки и зачисления ребёнка: родителю все, организации — в свои программы' })
  async enrollments(@Root() child: Child, @Ctx() { viewer, dataSource }: RequestContext): Promise<Enrollment[]> {
    return (await enrollmentsOfChild(dataSource, viewer, child.id)).map(toEnrollment);
  }
}
