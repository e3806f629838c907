import type {
  certificateApplicationEntered,
  certificateApplicationSubmitted,
  certificateIssued,
  certificateMoved,
  certificateMoveRefused,
  certificateStatusChanged,
  EventOf,
} from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import {
  applicationEnteredEmail,
  certificateActivatedEmail,
  certificateIssuedEmail,
  certificateMovedEmail,
  certificateMoveRefusedEmail,
  certificateResumedEmail,
  certificateSuspendedEmail,
  certificateTerminatedEmail,
  confirmationEmail,
  type EmailContent,
  type NotificationKind,
} from '../domain/email-templates';
import { notificationOwners, type NamedPeople } from '../domain/notification-owners';
import { lastDayOfMonth, municipalityName } from '../domain/russian-format';
import { childName, childScope } from './child.operations';
import { enqueue } from './message-queue';

interface Applicant {
  childId: string;
  applicationId: string;
  email: string;
}

/**
 * Later certificate events name no address, so the address of the child's latest application is kept.
 * An older event arriving late (a replayed dead letter) does not overwrite a newer address.
 */
async function rememberApplicant(manager: EntityManager, { childId, applicationId, email }: Applicant, occurredAt: string) {
  await manager.query(
    `INSERT INTO certificate_recipients (child_id, application_id, email, source_occurred_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (child_id) DO UPDATE SET
       application_id = EXCLUDED.application_id, email = EXCLUDED.email, source_occurred_at = EXCLUDED.source_occurred_at
     WHERE certificate_recipients.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [childId, applicationId, email, occurredAt],
  );
}

/** The address of the child’s latest application, or null for one entered in person without an address. */
export async function applicantEmail(manager: EntityManager, childId: string): Promise<string | null> {
  const [row] = (await manager.query('SELECT email FROM certificate_recipients WHERE child_id = $1', [childId])) as {
    email: string;
  }[];
  return row?.email ?? null;
}

async function ownersOf(manager: EntityManager, data: NamedPeople & { childId: string }): Promise<string[]> {
  const knownParents = data.parentUserIds ? [] : ((await childScope(manager, data.childId))?.ownerUserIds ?? []);
  return notificationOwners(data, knownParents);
}

export async function sendConfirmationLetter(
  manager: EntityManager,
  event: EventOf<typeof certificateApplicationSubmitted>,
): Promise<void> {
  await rememberApplicant(manager, event.data, event.occurredAt);
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'email_confirmation',
    email: event.data.email,
    ownerUserIds: event.data.applicantUserId ? [event.data.applicantUserId] : [],
    content: confirmationEmail({ ...event.data, childName: await childName(manager, event.data.childId) }),
  });
}

/** Entered in person: no link to confirm; if the applicant gave an address, it gets the next step and the later letters. */
export async function sendApplicationEnteredLetter(
  manager: EntityManager,
  event: EventOf<typeof certificateApplicationEntered>,
): Promise<void> {
  const { email, applicantUserId } = event.data;
  if (!email) return;
  await rememberApplicant(manager, { ...event.data, email }, event.occurredAt);
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'application_entered',
    email,
    ownerUserIds: [applicantUserId],
    content: applicationEnteredEmail(event.data),
  });
}

/** Sent to the application's address, shown to the applicant and every parent; nothing without an address. */
export async function sendCertificateIssuedLetter(
  manager: EntityManager,
  event: EventOf<typeof certificateIssued>,
): Promise<void> {
  const email = await applicantEmail(manager, event.data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'certificate_issued',
    email,
    ownerUserIds: await ownersOf(manager, event.data),
    content: certificateIssuedEmail(event.data),
  });
}

type StatusChange = EventOf<typeof certificateStatusChanged>;

/**
 * The letter a status change owes the family: activation, or resumption after a suspension (told apart by the
 * status it left; older events without it read as activation), suspension, termination. Nothing for inactive.
 */
function statusLetter({ data, occurredAt }: StatusChange, child: string | null): [NotificationKind, EmailContent] | null {
  const letter = { number: data.number, childName: child, reason: data.reason };
  switch (data.status) {
    case 'active':
      return data.previousStatus === 'suspended'
        ? ['certificate_resumed', certificateResumedEmail(letter)]
        : ['certificate_activated', certificateActivatedEmail(data)];
    case 'suspended':
      return ['certificate_suspended', certificateSuspendedEmail(letter)];
    case 'terminated':
      // navigator ends the enrolments on the first of next month (Kuzbass time): they run to this month's end
      return [
        'certificate_terminated',
        certificateTerminatedEmail({ ...letter, lastDay: lastDayOfMonth(kuzbassDate(new Date(occurredAt))) }),
      ];
    case 'inactive':
      return null;
  }
}

export async function sendCertificateStatusLetter(manager: EntityManager, event: StatusChange): Promise<void> {
  const email = await applicantEmail(manager, event.data.childId);
  if (!email) return;
  const letter = statusLetter(event, await childName(manager, event.data.childId));
  if (!letter) return;
  const [kind, content] = letter;
  await enqueue(manager, { sourceEventId: event.id, kind, email, ownerUserIds: await ownersOf(manager, event.data), content });
}

export async function sendCertificateMovedLetter(manager: EntityManager, event: EventOf<typeof certificateMoved>): Promise<void> {
  const { data } = event;
  const email = await applicantEmail(manager, data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'certificate_moved',
    email,
    ownerUserIds: await ownersOf(manager, data),
    content: certificateMovedEmail({
      number: data.number,
      from: municipalityName(data.fromMunicipalityCode),
      to: municipalityName(data.toMunicipalityCode),
    }),
  });
}

export async function sendCertificateMoveRefusedLetter(
  manager: EntityManager,
  event: EventOf<typeof certificateMoveRefused>,
): Promise<void> {
  const { data } = event;
  const email = await applicantEmail(manager, data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'certificate_move_refused',
    email,
    ownerUserIds: await ownersOf(manager, data),
    content: certificateMoveRefusedEmail({
      number: data.number,
      childName: await childName(manager, data.childId),
      from: municipalityName(data.fromMunicipalityCode),
      to: municipalityName(data.toMunicipalityCode),
      reason: data.reason,
    }),
  });
}
