import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseInput, type RequestContext } from '@pdo/service-kit';
import { activationChecklist } from '../domain/activation-documents';
import type { Applicant } from '../domain/applicant.rules';
import { certificateModeLabels, certificateModeReason } from '../domain/certificate-mode';
import { encodeQueueCursor } from '../domain/queue-cursor';
import { certificateStatusLabels } from '../domain/certificate-status';
import { activationQueue } from '../operations/activation-queue.operations';
import { findChild } from '../operations/scope';
import {
  activateCertificate,
  applicationOf,
  findCertificates,
  groupOf,
  issueCertificate,
  municipalityOf,
  readableCertificate,
  resumeCertificate,
  suspendCertificate,
  terminateCertificate,
} from '../operations/certificate.operations';
import { pendingMoveOf } from '../operations/certificate-move.operations';
import {
  ActivateCertificateInput,
  activationQueueSchema,
  certificateNumberSchema,
  ChangeCertificateStatusInput,
  FindCertificatesQuery,
  IssueCertificateInput,
  resumeCertificateSchema,
  suspendCertificateSchema,
  terminateCertificateSchema,
} from './certificate.input';
import { toMoveRequest } from './certificate-move.resolver';
import { CertificateMoveRequest } from './certificate-move.type';
import { ActivationChecklistItem, ActivationQueue, applicantValues, Certificate, Child, User } from './certificate.type';
import { Municipality } from './municipality.type';

@Resolver(() => Certificate)
export class CertificateResolver {
  @Authorized('parent', 'child')
  @Mutation(() => Certificate, { description: 'Получить сертификат по подтверждённой заявке' })
  issueCertificate(
    @Arg('input', () => IssueCertificateInput) input: IssueCertificateInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate> {
    return issueCertificate(dataSource, viewer, parseInput(IssueCertificateInput.schema, input));
  }

  @Authorized('operator')
  @Mutation(() => Certificate, { description: 'Активировать сертификат после проверки документов' })
  activateCertificate(
    @Arg('input', () => ActivateCertificateInput) input: ActivateCertificateInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate> {
    return activateCertificate(dataSource, viewer, parseInput(ActivateCertificateInput.schema, input));
  }

  @Authorized('operator')
  @Mutation(() => Certificate)
  suspendCertificate(
    @Arg('input', () => ChangeCertificateStatusInput) input: ChangeCertificateStatusInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate> {
    return suspendCertificate(dataSource, viewer, parseInput(suspendCertificateSchema, input));
  }

  @Authorized('operator')
  @Mutation(() => Certificate)
  resumeCertificate(
    @Arg('input', () => ChangeCertificateStatusInput) input: ChangeCertificateStatusInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate> {
    return resumeCertificate(dataSource, viewer, parseInput(resumeCertificateSchema, input));
  }

  @Authorized('operator')
  @Mutation(() => Certificate, { description: 'Прекратить действие сертификата (причина обязательна)' })
  terminateCertificate(
    @Arg('input', () => ChangeCertificateStatusInput) input: ChangeCertificateStatusInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate> {
    return terminateCertificate(dataSource, viewer, parseInput(terminateCertificateSchema, input));
  }

  @Authorized()
  @Query(() => Certificate, { nullable: true, description: 'Сертификат по номеру: родителю ребёнка и операторам муниципалитета' })
  certificate(
    @Arg('number', () => String) number: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate | null> {
    return readableCertificate(dataSource, viewer, { number: parseInput(certificateNumberSchema, number) });
  }

  @Authorized('operator')
  @Query(() => [Certificate], { description: 'Поиск сертификатов своего муниципалитета' })
  findCertificates(
    @Arg('query', () => FindCertificatesQuery) query: FindCertificatesQuery,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Certificate[]> {
    return findCertificates(dataSource, viewer, parseInput(FindCertificatesQuery.schema, query));
  }

  @Authorized('operator')
  @Query(() => ActivationQueue, { description: 'Очередь на активацию своего муниципалитета' })
  async activationQueue(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor предыдущей страницы' }) after: string | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<ActivationQueue> {
    const page = await activationQueue(dataSource, viewer, parseInput(activationQueueSchema, { first, after }));
    return { ...page, endCursor: page.endCursor && encodeQueueCursor(page.endCursor) };
  }

  @FieldResolver(() => Child, { description: 'Ребёнок (ФИО и документы — в сервисе identity, по его правилам доступа)' })
  child(@Root() certificate: Certificate): Child {
    return { id: certificate.childId };
  }

  @FieldResolver(() => [ActivationChecklistItem], {
    description: 'Что принести на активацию; подтверждение регистрации — только если ребёнок не ходит в школу или детский сад',
  })
  async activationChecklist(
    @Root() certificate: Certificate,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<ActivationChecklistItem[]> {
    const child = await findChild(dataSource.manager, certificate.childId);
    return activationChecklist(child.attendsSchool, certificate.checkedDocuments);
  }

  @FieldResolver(() => CertificateMoveRequest, {
    nullable: true,
    description: 'Заявление о переводе в другой муниципалитет, ждущее подтверждения его МОЦ',
  })
  async pendingMove(
    @Root() certificate: Certificate,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<CertificateMoveRequest | null> {
    const request = await pendingMoveOf(dataSource.manager, certificate.id);
    return request && toMoveRequest(request);
  }

  @FieldResolver(() => String, { description: '«Не активирован», «Активирован», «Приостановлен» или «Прекращён»' })
  statusLabel(@Root() certificate: Certificate): string {
    return certificateStatusLabels[certificate.status];
  }

  @FieldResolver(() => String, { description: '«Сертификат учёта» или «Сертификат персонифицированного финансирования»' })
  modeLabel(@Root() certificate: Certificate): string {
    return certificateModeLabels[certificate.mode];
  }

  @FieldResolver(() => String, { description: 'Почему сертификат такой — простыми словами для родителя' })
  modeReason(@Root() certificate: Certificate): string {
    return certificateModeReason(certificate.mode, certificate.modeReasonCode);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() certificate: Certificate, @Ctx() { dataSource }: RequestContext): Promise<Municipality> {
    return municipalityOf(dataSource, certificate.municipalityCode);
  }

  @FieldResolver(() => String, { description: 'Группа сертификата' })
  async groupName(@Root() certificate: Certificate, @Ctx() { dataSource }: RequestContext): Promise<string> {
    return (await groupOf(dataSource, certificate.groupId)).name;
  }

  @FieldResolver(() => Int, { description: 'Номер заявления' })
  async applicationNumber(@Root() certificate: Certificate, @Ctx() { dataSource }: RequestContext): Promise<number> {
    return (await applicationOf(dataSource, certificate.applicationId)).number;
  }

  @FieldResolver(() => applicantValues, { description: 'Кто подал заявку: родитель или сам обучающийся с 14 лет' })
  async applicantKind(@Root() certificate: Certificate, @Ctx() { dataSource }: RequestContext): Promise<Applicant> {
    return (await applicationOf(dataSource, certificate.applicationId)).applicantKind;
  }

  @FieldResolver(() => User, { description: 'Заявитель; его ФИО — в сервисе identity' })
  async applicant(@Root() certificate: Certificate, @Ctx() { dataSource }: RequestContext): Promise<User> {
    return { id: (await applicationOf(dataSource, certificate.applicationId)).applicantUserId };
  }
}

@Resolver(() => Child)
export class ChildCertificateResolver {
  @FieldResolver(() => Certificate, { nullable: true, description: 'Действующий или последний сертификат ребёнка' })
  certificate(@Root() child: Child, @Ctx() { dataSource, viewer }: RequestContext): Promise<Certificate | null> {
    return readableCertificate(dataSource, viewer, { childId: child.id });
  }
}
