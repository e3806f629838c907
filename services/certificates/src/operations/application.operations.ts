import { certificateApplicationEntered, certificateApplicationSubmitted, publish } from '@pdo/events';
import { DomainError, isPupilOf, kuzbassDate, notFound, type Viewer } from '@pdo/service-kit';
import { applicantOf, notAnApplicant, type Applicant } from '../domain/applicant.rules';
import type { DataSource, EntityManager } from 'typeorm';
import { certificateStatusLabels } from '../domain/certificate-status';
import {
  CONFIRMATION_TTL_MS,
  hashConfirmationToken,
  isConfirmationTokenShape,
  mayResend,
  newConfirmationToken,
} from '../domain/confirmation';
import { confirmationUrl } from '../certificates.config';
import { CertificateApplicationEntity, type ApplicationStatus } from '../entities/certificate-application.entity';
import { CertificateEntity } from '../entities/certificate.entity';
import type { ChildEntity } from '../entities/child.entity';
import { assertOperatorOf, findChild, isParentOf } from './scope';

const invalidLink = () =>
  new DomainError(
    'CONFIRMATION_INVALID',
    'Ссылка недействительна или уже использована. Запросите новое письмо в личном кабинете.',
  );

async function assertMayApply(manager: EntityManager, child: ChildEntity): Promise<void> {
  if (child.consentWithdrawnAt) {
    throw new DomainError(
      'CONSENT_WITHDRAWN',
      'Согласие на обработку персональных данных ребёнка отозвано, подать заявку нельзя.',
    );
  }
  const live = await manager
    .getRepository(CertificateEntity)
    .createQueryBuilder('c')
    .where('c.child_id = :childId', { childId: child.id })
    .andWhere(`c.status <> 'terminated'`)
    .getOne();
  if (live) {
    throw new DomainError(
      'CERTIFICATE_ALREADY_EXISTS',
      `У ребёнка уже есть сертификат № ${live.number} (${certificateStatusLabels[live.status]}).`,
    );
  }
}

async function insertApplication(
  manager: EntityManager,
  values: {
    childId: string;
    applicantUserId: string;
    applicantKind: Applicant;
    email: string | null;
    enteredByUserId: string | null;
    status: ApplicationStatus;
  },
): Promise<CertificateApplicationEntity> {
  const [{ id }] = (await manager.query(
    `INSERT INTO certificate_applications (child_id, applicant_user_id, applicant_kind, email, entered_by_user_id, status)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [values.childId, values.applicantUserId, values.applicantKind, values.email, values.enteredByUserId, values.status],
  )) as [{ id: string }];
  return manager.getRepository(CertificateApplicationEntity).findOneByOrFail({ id });
}

/** A new single-use link for the application; the token itself leaves only inside the event for the letter. */
async function sendConfirmation(manager: EntityManager, application: CertificateApplicationEntity, email: string): Promise<void> {
  const { token, hash } = newConfirmationToken();
  const [{ expires_at: expiresAt }] = (await manager.query(
    `INSERT INTO confirmation_letters (application_id, token_hash, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
     RETURNING expires_at`,
    [application.id, hash, CONFIRMATION_TTL_MS],
  )) as [{ expires_at: Date }];
  await publish(manager, certificateApplicationSubmitted, application.id, {
    applicationId: application.id,
    childId: application.childId,
    email,
    confirmationUrl: confirmationUrl(token),
    applicantUserId: application.applicantUserId,
    expiresAt: expiresAt.toISOString(),
  });
}

export function applyForCertificate(
  dataSource: DataSource,
  viewer: Viewer,
  input: { childId: string; email: string },
): Promise<CertificateApplicationEntity> {
  return dataSource.transaction(async (manager) => {
    const child = await findChild(manager, input.childId);
    const [{ today }] = (await manager.query('SELECT now() AS today')) as [{ today: Date }];
    const who = { asParent: isParentOf(viewer, child), asPupil: isPupilOf(viewer, child.id) };
    const applicantKind = applicantOf(who, child.birthDate, kuzbassDate(today));
    if (!applicantKind) throw notAnApplicant('подать заявку');
    await assertMayApply(manager, child);
    const application = await insertApplication(manager, {
      childId: child.id,
      applicantUserId: viewer.userId as string,
      applicantKind,
      email: input.email,
      enteredByUserId: null,
      status: 'email_pending',
    });
    await sendConfirmation(manager, application, input.email);
    return application;
  });
}

/** Entered in person at the МОЦ: the operator has seen the parent, so no e-mail confirmation. */
export function enterApplication(
  dataSource: DataSource,
  viewer: Viewer,
  input: { childId: string; parentUserId: string; email: string | null },
): Promise<CertificateApplicationEntity> {
  return dataSource.transaction(async (manager) => {
    const child = await findChild(manager, input.childId);
    assertOperatorOf(viewer, child.municipalityCode);
    if (!child.parentIds.includes(input.parentUserId)) {
      throw new DomainError(
        'PARENT_NOT_OF_CHILD',
        'Указанный заявитель не является родителем (законным представителем) ребёнка.',
      );
    }
    await assertMayApply(manager, child);
    const application = await insertApplication(manager, {
      childId: child.id,
      applicantUserId: input.parentUserId,
      applicantKind: 'parent',
      email: input.email,
      enteredByUserId: viewer.userId,
      status: 'email_confirmed',
    });
    await publish(manager, certificateApplicationEntered, application.id, {
      applicationId: application.id,
      applicationNumber: application.number,
      childId: child.id,
      municipalityCode: child.municipalityCode,
      applicantUserId: application.applicantUserId,
      enteredByUserId: viewer.userId as string,
      email: application.email,
    });
    return application;
  });
}

export function resendConfirmation(
  dataSource: DataSource,
  viewer: Viewer,
  applicationId: string,
): Promise<CertificateApplicationEntity> {
  return dataSource.transaction(async (manager) => {
    // the row lock makes concurrent resends of one application queue up behind the rate limit
    const application = await manager
      .getRepository(CertificateApplicationEntity)
      .findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!application || application.applicantUserId !== viewer.userId) throw notFound('Заявка не найдена.');
    if (application.status !== 'email_pending' || !application.email) {
      throw new DomainError('APPLICATION_ALREADY_CONFIRMED', 'Адрес электронной почты по этой заявке уже подтверждён.');
    }
    const [{ sent, now }] = (await manager.query(
      `SELECT coalesce(array_agg(sent_at), '{}') AS sent, now() AS now FROM confirmation_letters WHERE application_id = $1`,
      [application.id],
    )) as [{ sent: Date[]; now: Date }];
    if (!mayResend(sent, now)) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        'Письмо уже отправлено недавно. Повторно отправить можно не чаще раза в минуту и не более пяти раз в сутки.',
      );
    }
    await manager.query(
      'UPDATE confirmation_letters SET revoked_at = now() WHERE application_id = $1 AND used_at IS NULL AND revoked_at IS NULL',
      [application.id],
    );
    await sendConfirmation(manager, application, application.email);
    return application;
  });
}

/** The link is the credential: anyone holding a live token confirms that application's address, once. */
/**
 * The link works without signing in (it is opened from the mailbox, often on a phone). Signed in as
 * someone else, it is refused and stays unused: the applicant may still follow it.
 */
export function confirmEmail(dataSource: DataSource, viewer: Viewer, token: string): Promise<CertificateApplicationEntity> {
  if (!isConfirmationTokenShape(token)) return Promise.reject(invalidLink());
  return dataSource.transaction(async (manager) => {
    const [letter] = (await manager.query(
      `SELECT l.id, l.application_id, l.used_at, l.revoked_at, l.expires_at <= now() AS expired, a.applicant_user_id
       FROM confirmation_letters l JOIN certificate_applications a ON a.id = l.application_id
       WHERE l.token_hash = $1 FOR UPDATE OF l`,
      [hashConfirmationToken(token)],
    )) as {
      id: string;
      application_id: string;
      used_at: Date | null;
      revoked_at: Date | null;
      expired: boolean;
      applicant_user_id: string;
    }[];
    if (!letter || letter.used_at || letter.revoked_at) throw invalidLink();
    if (viewer.userId !== null && viewer.userId !== letter.applicant_user_id) {
      throw new DomainError(
        'CONFIRMATION_OTHER_ACCOUNT',
        'Ссылка из письма относится к заявке другой учётной записи. Выйдите из личного кабинета и откройте ссылку снова.',
      );
    }
    if (letter.expired) {
      throw new DomainError('CONFIRMATION_EXPIRED', 'Срок действия ссылки истёк. Запросите новое письмо в личном кабинете.');
    }
    await manager.query('UPDATE confirmation_letters SET used_at = now() WHERE id = $1', [letter.id]);
    await manager.query(
      `UPDATE certificate_applications SET status = 'email_confirmed' WHERE id = $1 AND status = 'email_pending'`,
      [letter.application_id],
    );
    return manager.getRepository(CertificateApplicationEntity).findOneByOrFail({ id: letter.application_id });
  });
}

export const myApplications = (dataSource: DataSource, userId: string) =>
  dataSource.getRepository(CertificateApplicationEntity).find({ where: { applicantUserId: userId }, order: { number: 'DESC' } });
