import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Applicant } from '../domain/applicant.rules';
import type { ApplicationStatus } from '../entities/certificate-application.entity';
import type { CertificateMode } from '../domain/certificate-mode';
import type { CertificateStatus } from '../domain/certificate-status';

const certificateStatusValues: Record<CertificateStatus, CertificateStatus> = {
  inactive: 'inactive',
  active: 'active',
  suspended: 'suspended',
  terminated: 'terminated',
};
registerEnumType(certificateStatusValues, { name: 'CertificateStatus', description: 'Статус сертификата' });

const certificateModeValues: Record<CertificateMode, CertificateMode> = {
  accounting: 'accounting',
  financing: 'financing',
};
registerEnumType(certificateModeValues, {
  name: 'CertificateMode',
  description: 'Сертификат учёта (бесплатные программы) или сертификат финансирования (со средствами)',
});

const applicationStatusValues: Record<ApplicationStatus, ApplicationStatus> = {
  email_pending: 'email_pending',
  email_confirmed: 'email_confirmed',
  certificate_issued: 'certificate_issued',
};
registerEnumType(applicationStatusValues, { name: 'CertificateApplicationStatus', description: 'Статус заявки на сертификат' });

const applicantValues: Record<Applicant, Applicant> = { parent: 'parent', pupil: 'pupil' };
registerEnumType(applicantValues, {
  name: 'ApplicantKind',
  description: 'Кто подал заявку: родитель (законный представитель) или сам обучающийся с 14 лет',
});
export { applicantValues };

/** identity's user account, for the applicant; identity resolves the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "number")')
@ObjectType({ description: 'Сертификат дополнительного образования' })
export class Certificate {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '10 цифр: 42, код муниципалитета, порядковый номер (4207000002)' })
  number: string;

  @Field(() => ID)
  childId: string;

  @Field(() => ID, { description: 'Документ ребёнка, указанный при получении' })
  documentId: string;

  @Field(() => certificateStatusValues)
  status: CertificateStatus;

  @Field(() => Date, { description: 'Дата и время создания' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  activatedAt: Date | null;

  @Field(() => [String], { nullable: true, description: 'Документы, проверенные при активации' })
  checkedDocuments: string[] | null;

  @Field(() => String, { nullable: true })
  terminationReason: string | null;

  @Field(() => certificateModeValues)
  mode: CertificateMode;

  @Field(() => String, {
    nullable: true,
    description: 'Код причины, по которой сертификат остался сертификатом учёта: NO_NORMATIVE, QUOTA_EXHAUSTED, BUDGET_EXHAUSTED',
  })
  modeReasonCode: string | null;

  @Field(() => String, { nullable: true, description: 'Начало учебного года, на который определён вид сертификата' })
  modePeriodStart: string | null;

  municipalityCode: string;
  groupId: string;
  applicationId: string;
}

@ObjectType({ description: 'Заявка на сертификат' })
export class CertificateApplication {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Номер заявления' })
  applicationNumber: number;

  @Field(() => ID)
  childId: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => applicationStatusValues)
  status: ApplicationStatus;

  @Field(() => Date)
  createdAt: Date;
}

/** What the holder of a confirmation link learns: only the application, never the applicant's e-mail or child. */
@ObjectType({ description: 'Подтверждённая по ссылке из письма заявка' })
export class EmailConfirmation {
  @Field(() => ID, { description: 'Идентификатор заявки' })
  id: string;

  @Field(() => Int, { description: 'Номер заявления' })
  applicationNumber: number;

  @Field(() => applicationStatusValues)
  status: ApplicationStatus;
}

/** identity owns the child; certificates adds its certificate. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Child {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'Документ, который заявитель приносит на активацию' })
export class ActivationChecklistItem {
  @Field(() => String, { description: 'Код для activateCertificate(checkedDocuments)' })
  document: string;

  @Field(() => String)
  label: string;

  @Field(() => Boolean, { description: 'Проверен при активации' })
  checked: boolean;
}

@ObjectType({ description: 'Очередь на активацию: неактивированные сертификаты муниципалитета, старые первыми' })
export class ActivationQueue {
  @Field(() => [Certificate])
  items: Certificate[];

  @Field(() => Int, { description: 'Сколько всего ждут активации' })
  totalCount: number;

  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Передайте в after, чтобы получить следующую страницу' })
  endCursor: string | null;
}
