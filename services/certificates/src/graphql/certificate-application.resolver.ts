import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseInput, type RequestContext } from '@pdo/service-kit';
import type { CertificateApplicationEntity } from '../entities/certificate-application.entity';
import {
  applyForCertificate,
  confirmEmail,
  enterApplication,
  myApplications,
  resendConfirmation,
} from '../operations/application.operations';
import { applicationIdSchema, ApplyForCertificateInput, confirmEmailSchema, EnterApplicationInput } from './certificate.input';
import { CertificateApplication, EmailConfirmation } from './certificate.type';

const toApplication = (entity: CertificateApplicationEntity): CertificateApplication => ({
  id: entity.id,
  applicationNumber: entity.number,
  childId: entity.childId,
  email: entity.email,
  status: entity.status,
  createdAt: entity.createdAt,
});

@Resolver(() => CertificateApplication)
export class CertificateApplicationResolver {
  @Authorized('parent', 'child')
  @Mutation(() => CertificateApplication, { description: 'Подать заявку на сертификат: на почту придёт письмо со ссылкой' })
  async applyForCertificate(
    @Arg('input', () => ApplyForCertificateInput) input: ApplyForCertificateInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateApplication> {
    return toApplication(await applyForCertificate(dataSource, viewer, parseInput(ApplyForCertificateInput.schema, input)));
  }

  @Authorized('parent', 'child')
  @Mutation(() => CertificateApplication, {
    description: 'Отправить письмо со ссылкой ещё раз; прежняя ссылка перестаёт действовать',
  })
  async resendConfirmation(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateApplication> {
    const input = parseInput(applicationIdSchema, { applicationId });
    return toApplication(await resendConfirmation(dataSource, viewer, input.applicationId));
  }

  @Mutation(() => EmailConfirmation, {
    description:
      'Подтвердить почту по ссылке из письма (ссылка одноразовая). Вход не нужен; вошедший в чужую учётную запись получает CONFIRMATION_OTHER_ACCOUNT',
  })
  async confirmEmail(
    @Arg('token', () => String) token: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<EmailConfirmation> {
    const application = await confirmEmail(dataSource, viewer, parseInput(confirmEmailSchema, { token }).token);
    return { id: application.id, applicationNumber: application.number, status: application.status };
  }

  @Authorized('operator')
  @Mutation(() => CertificateApplication, { description: 'Заявка, принятая оператором МОЦ при личном обращении родителя' })
  async enterApplication(
    @Arg('input', () => EnterApplicationInput) input: EnterApplicationInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateApplication> {
    return toApplication(await enterApplication(dataSource, viewer, parseInput(EnterApplicationInput.schema, input)));
  }

  @Authorized()
  @Query(() => [CertificateApplication], { description: 'Мои заявки на сертификат' })
  async myApplications(@Ctx() { dataSource, viewer }: RequestContext): Promise<CertificateApplication[]> {
    return (await myApplications(dataSource, viewer.userId as string)).map(toApplication);
  }
}
