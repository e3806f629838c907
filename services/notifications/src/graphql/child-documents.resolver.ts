import { DomainError, forbidden, isPupilOf, type RequestContext } from '@pdo/service-kit';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApplicationForm } from '../documents/application-form.document';
import { downloadLink, saveDocument } from '../documents/document.store';
import { mayDownload } from '../domain/document-access.rules';
import { russianDate } from '../domain/russian-format';
import { applicantEmail } from '../events/certificates.handler';
import { childScope } from '../events/identity.handler';
import { filesSecret } from '../notifications.config';
import { Child } from './child.type';
import { DownloadLink } from './download-link.type';

type CertifiedChild = Child & { certificate: NonNullable<Child['certificate']> };

/** The form's fields from the child's and the certificate's current data; the applicant signs by hand. */
function applicationFormOf(child: CertifiedChild, contact: string | null): ApplicationForm {
  const { certificate } = child;
  const document = child.documents.find((d) => d.id === certificate.documentId);
  return {
    applicationNumber: certificate.applicationNumber,
    registryNumber: certificate.number,
    certificateGroup: certificate.groupName,
    child: {
      fullName: [child.lastName, child.firstName, child.patronymic].filter(Boolean).join(' '),
      document: document ? `серия ${document.series} № ${document.number}` : undefined,
      birthDate: russianDate(child.birthDate),
      address: child.address,
    },
    applicant: { fullName: certificate.applicant.displayName, contact: contact ?? undefined },
    applicantIsPupil: certificate.applicantKind === 'pupil',
  };
}

@Resolver(() => Child)
export class ChildDocumentsResolver {
  @Authorized()
  @FieldResolver(() => DownloadLink)
  async applicationForm(@Root() child: Child, @Ctx() { viewer, dataSource }: RequestContext): Promise<DownloadLink> {
    const parents = await childScope(dataSource.manager, child.id);
    // a pupil of 14+ (his token names his own card) owns the form of his own application as well
    const scope =
      parents && isPupilOf(viewer, child.id)
        ? { ...parents, ownerUserIds: [...parents.ownerUserIds, viewer.userId as string] }
        : parents;
    if (!scope || !mayDownload(viewer, 'application_form', scope)) {
      throw forbidden('Заявление может скачать родитель ребёнка, сам обучающийся с 14 лет или оператор его муниципалитета.');
    }
    if (!child.certificate) {
      throw new DomainError('CERTIFICATE_NOT_FOUND', 'У ребёнка ещё нет сертификата: заявление появится после его получения.');
    }
    const certified = { ...child, certificate: child.certificate };
    const document = {
      kind: 'application_form' as const,
      data: applicationFormOf(certified, await applicantEmail(dataSource.manager, child.id)),
    };
    const id = await saveDocument(dataSource.manager, { ...document, subjectKey: child.certificate.id, scope });
    return downloadLink(id, document, filesSecret());
  }
}
