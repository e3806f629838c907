import { certificateIssued, publish } from '@pdo/events';
import { DomainError, forbidden, isPupilOf, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { missingActivationDocuments, activationDocumentLabels, type ActivationDocument } from '../domain/activation-documents';
import { ageOn, isCheckViolation, isUniqueViolation, kuzbassDate } from '@pdo/service-kit';
import { ageWithin } from '../domain/age';
import { applicantOf, documentRefusal, notAnApplicant } from '../domain/applicant.rules';
import { formatCertificateNumber, nextSequence, numbersExhausted } from '../domain/certificate-number';
import type { CertificateAction } from '../domain/certificate-status';
import { CertificateApplicationEntity } from '../entities/certificate-application.entity';
import { CertificateGroupEntity } from '../entities/certificate-group.entity';
import { CertificateEntity } from '../entities/certificate.entity';
import { ChildDocumentEntity } from '../entities/child-document.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { changeCertificateStatus, lockCertificate } from './certificate-status.operations';
import { assertOperatorOf, findChild, isOperatorOf, isParentOf } from './scope';

const LIVE_CHILD_INDEX = 'certificates_live_child_uq';
const LIVE_DOCUMENT_INDEX = 'certificates_live_document_uq';
const COUNTER_CHECK = 'certificate_counters_last_check';

const alreadyExists = () =>
  new DomainError(
    'CERTIFICATE_ALREADY_EXISTS',
    'У ребёнка уже есть сертификат: в Кузбассе у ребёнка может быть только один сертификат.',
  );

/**
 * Takes the municipality's next sequence number; the row lock lasts until commit, so no two transactions
 * share one. The counter's CHECK (last ≤ 999999) is the database's half of the limit nextSequence checks.
 */
async function nextNumber(manager: EntityManager, municipalityCode: string): Promise<string> {
  const [counter] = (await manager.query('SELECT last FROM certificate_counters WHERE municipality_code = $1 FOR UPDATE', [
    municipalityCode,
  ])) as { last: number }[];
  if (!counter) throw new Error(`no certificate counter for municipality ${municipalityCode}`);
  const sequence = nextSequence(counter.last);
  await manager.query('UPDATE certificate_counters SET last = $2 WHERE municipality_code = $1', [municipalityCode, sequence]);
  return formatCertificateNumber(municipalityCode, sequence);
}

export function issueCertificate(
  dataSource: DataSource,
  viewer: Viewer,
  input: { applicationId: string; groupId: string; documentId: string },
): Promise<CertificateEntity> {
  return dataSource
    .transaction(async (manager) => {
      const application = await manager
        .getRepository(CertificateApplicationEntity)
        .findOne({ where: { id: input.applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!application || application.applicantUserId !== viewer.userId) throw notFound('Заявка не найдена.');
      if (application.status === 'certificate_issued') throw alreadyExists();
      if (application.status !== 'email_confirmed') {
        throw new DomainError('EMAIL_NOT_CONFIRMED', 'Сначала подтвердите адрес электронной почты по ссылке из письма.');
      }
      const child = await findChild(manager, application.childId);
      const [{ today }] = (await manager.query('SELECT now() AS today')) as [{ today: Date }];
      const who = { asParent: isParentOf(viewer, child), asPupil: isPupilOf(viewer, child.id) };
      const applicant = applicantOf(who, child.birthDate, kuzbassDate(today));
      if (!applicant) throw notAnApplicant('получить сертификат');
      if (child.consentWithdrawnAt) {
        throw new DomainError(
          'CONSENT_WITHDRAWN',
          'Согласие на обработку персональных данных ребёнка отозвано, получить сертификат нельзя.',
        );
      }
      // a document unknown here is refused too: identity has not told us it is this child's
      const document = await manager.getRepository(ChildDocumentEntity).findOneBy({ id: input.documentId });
      if (document?.childId !== child.id) {
        throw new DomainError(
          'DOCUMENT_NOT_OF_CHILD',
          'Этот документ не принадлежит ребёнку из заявки. Выберите свидетельство о рождении или паспорт этого ребёнка.',
        );
      }
      const wrongDocument = documentRefusal(applicant, document.kind);
      if (wrongDocument) throw wrongDocument;
      const group = await manager.getRepository(CertificateGroupEntity).findOneBy({ id: input.groupId });
      if (!group || group.municipalityCode !== child.municipalityCode) {
        throw new DomainError('GROUP_NOT_AVAILABLE', 'Эта группа сертификата не относится к муниципалитету ребёнка.');
      }
      const age = ageOn(child.birthDate, kuzbassDate(today));
      if (!ageWithin(age, group.minAge, group.maxAge)) {
        throw new DomainError(
          'AGE_OUT_OF_RANGE',
          `Группа «${group.name}» — для детей от ${group.minAge} до ${group.maxAge} лет, а ребёнку ${age}.`,
        );
      }
      const number = await nextNumber(manager, child.municipalityCode);
      const [{ id }] = (await manager.query(
        `INSERT INTO certificates (number, child_id, municipality_code, group_id, application_id, document_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'inactive') RETURNING id`,
        [number, child.id, child.municipalityCode, group.id, application.id, input.documentId],
      )) as [{ id: string }];
      await manager.update(CertificateApplicationEntity, application.id, { status: 'certificate_issued' });
      await publish(manager, certificateIssued, id, {
        certificateId: id,
        number,
        childId: child.id,
        municipalityCode: child.municipalityCode,
        groupId: group.id,
        applicationNumber: application.number,
        groupName: group.name,
        applicantUserId: application.applicantUserId,
        parentUserIds: child.parentIds,
      });
      return manager.getRepository(CertificateEntity).findOneByOrFail({ id });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, LIVE_CHILD_INDEX) || isUniqueViolation(error, LIVE_DOCUMENT_INDEX)) throw alreadyExists();
      if (isCheckViolation(error, COUNTER_CHECK)) throw numbersExhausted();
      throw error;
    });
}

/** Status changes by the МОЦ of the certificate's municipality. */
function operate(
  dataSource: DataSource,
  viewer: Viewer,
  certificateId: string,
  action: CertificateAction,
  prepare: (manager: EntityManager, certificate: CertificateEntity) => Promise<Parameters<typeof changeCertificateStatus>[3]>,
): Promise<CertificateEntity> {
  return dataSource.transaction(async (manager) => {
    const certificate = await lockCertificate(manager, { id: certificateId });
    if (!certificate) throw notFound('Сертификат не найден.');
    assertOperatorOf(viewer, certificate.municipalityCode);
    return changeCertificateStatus(manager, certificate, action, await prepare(manager, certificate));
  });
}

export const activateCertificate = (
  dataSource: DataSource,
  viewer: Viewer,
  input: { certificateId: string; checkedDocuments: ActivationDocument[] },
) =>
  operate(dataSource, viewer, input.certificateId, 'activate', async (manager, certificate) => {
    if (certificate.status === 'active') return {}; // the transition table answers CERTIFICATE_ALREADY_ACTIVE
    const child = await findChild(manager, certificate.childId);
    const missing = missingActivationDocuments(input.checkedDocuments, child.attendsSchool);
    if (missing.length > 0) {
      throw new DomainError(
        'DOCUMENTS_MISSING',
        `Не проверены документы: ${missing.map((d) => activationDocumentLabels[d]).join('; ')}.`,
        {
          missing,
        },
      );
    }
    return {
      also: { checkedDocuments: [...new Set(input.checkedDocuments)], activatedByUserId: viewer.userId, activatedAt: new Date() },
    };
  });

export const suspendCertificate = (dataSource: DataSource, viewer: Viewer, input: { certificateId: string; reason?: string }) =>
  operate(dataSource, viewer, input.certificateId, 'suspend', async () => ({ reason: input.reason }));

export const resumeCertificate = (dataSource: DataSource, viewer: Viewer, input: { certificateId: string }) =>
  operate(dataSource, viewer, input.certificateId, 'resume', async () => ({}));

export const terminateCertificate = (dataSource: DataSource, viewer: Viewer, input: { certificateId: string; reason: string }) =>
  operate(dataSource, viewer, input.certificateId, 'terminate', async () => ({ reason: input.reason }));

/** Parents and the pupil himself see the child's certificate; operators those of their municipality. */
export async function canRead(manager: EntityManager, viewer: Viewer, certificate: CertificateEntity): Promise<boolean> {
  if (isOperatorOf(viewer, certificate.municipalityCode) || isPupilOf(viewer, certificate.childId)) return true;
  return isParentOf(viewer, await findChild(manager, certificate.childId));
}

export async function readableCertificate(
  dataSource: DataSource,
  viewer: Viewer,
  where: { number: string } | { childId: string },
) {
  const repository = dataSource.getRepository(CertificateEntity);
  const certificate =
    'number' in where
      ? await repository.findOneBy({ number: where.number })
      : await repository.findOne({ where: { childId: where.childId }, order: { createdAt: 'DESC' } });
  if (!certificate) return null;
  if (await canRead(dataSource.manager, viewer, certificate)) return certificate;
  // numbers are sequential: a number that exists but is not theirs answers like one that does not
  if ('number' in where) return null;
  throw forbidden();
}

/** Children's names live in identity, so operators search here by number only. */
export async function findCertificates(dataSource: DataSource, viewer: Viewer, query: { number: string }) {
  if (!viewer.municipalityCode) return [];
  return dataSource.getRepository(CertificateEntity).findBy({ number: query.number, municipalityCode: viewer.municipalityCode });
}

/** Another subgraph's reference by id or number, under the same read rule as `certificate(number)`. */
export async function referencedCertificate(
  dataSource: DataSource,
  viewer: Viewer,
  reference: { id?: string; number?: string },
): Promise<CertificateEntity | null> {
  const repository = dataSource.getRepository(CertificateEntity);
  const certificate = reference.id
    ? await repository.findOneBy({ id: reference.id })
    : await repository.findOneBy({ number: reference.number ?? '' });
  return certificate && (await canRead(dataSource.manager, viewer, certificate)) ? certificate : null;
}

export const applicationOf = (dataSource: DataSource, applicationId: string): Promise<CertificateApplicationEntity> =>
  dataSource.getRepository(CertificateApplicationEntity).findOneByOrFail({ id: applicationId });

export const groupOf = (dataSource: DataSource, groupId: string): Promise<CertificateGroupEntity> =>
  dataSource.getRepository(CertificateGroupEntity).findOneByOrFail({ id: groupId });

export const municipalityOf = (dataSource: DataSource, code: string): Promise<MunicipalityEntity> =>
  dataSource.getRepository(MunicipalityEntity).findOneByOrFail({ code });
