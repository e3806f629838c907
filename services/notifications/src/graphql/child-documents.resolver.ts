import { DomainError, forbidden, type RequestContext } from '@pdo/service-kit';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApplicationForm } from '../documents/application-form.document';
import { downloadLink } from '../documents/document.store';
import { mayDownload } from '../domain/document-access.rules';
import { russianDate } from '../domain/russian-format';
import { filesSecret } from '../notifications.config';
import { applicantContact, childDocumentScope, storeDocument } from '../operations/document.operations';
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
    const scope = await childDocumentScope(dataSource, viewer, child.id);
    if (!scope || !mayDownload(viewer, 'application_form', scope)) {
      throw forbidden('Заявление может скачать родитель ребёнка, сам обучающийся с 14 лет или оператор его муниципалитета.');
    }
    if (!child.certificate) {
      throw new DomainError('CERTIFICATE_NOT_FOUND', 'У ребёнка ещё нет сертификата: заявление появится после его получения.');
    }
    const certified = { ...child, certificate: child.certificate };
    const document = {
      kind: 'application_form' as const,
      data: applicationFormOf(certified, await applicantContact(dataSource, child.id)),
    };
    const id = await storeDocument(dataSource, { ...document, subjectKey: child.certificate.id, scope });
    return downloadLink(id, document, filesSecret());
  }
}
