import type {
  certificateApplicationEntered,
  certificateApplicationSubmitted,
  certificateIssued,
  certificateMoved,
  certificateStatusChanged,
  EventOf,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import {
  applicationEnteredEmail,
  certificateActivatedEmail,
  certificateIssuedEmail,
  certificateMovedEmail,
  confirmationEmail,
} from '../domain/email-templates';
import { notificationOwners, type NamedPeople } from '../domain/notification-owners';
import { municipalityName } from '../domain/russian-format';
import { childScope } from './identity.handler';
import { enqueue } from './message.queue';

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

export async function onApplicationSubmitted(
  event: EventOf<typeof certificateApplicationSubmitted>,
  manager: EntityManager,
): Promise<void> {
  await rememberApplicant(manager, event.data, event.occurredAt);
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'email_confirmation',
    email: event.data.email,
    ownerUserIds: event.data.applicantUserId ? [event.data.applicantUserId] : [],
    content: confirmationEmail(event.data),
  });
}

/** Entered in person: no link to confirm; if the applicant gave an address, it gets the next step and the later letters. */
export async function onApplicationEntered(
  event: EventOf<typeof certificateApplicationEntered>,
  manager: EntityManager,
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
export async function onCertificateIssued(event: EventOf<typeof certificateIssued>, manager: EntityManager): Promise<void> {
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

export async function onCertificateStatusChanged(
  event: EventOf<typeof certificateStatusChanged>,
  manager: EntityManager,
): Promise<void> {
  if (event.data.status !== 'active') return;
  const email = await applicantEmail(manager, event.data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'certificate_activated',
    email,
    ownerUserIds: await ownersOf(manager, event.data),
    content: certificateActivatedEmail(event.data),
  });
}

export async function onCertificateMoved(event: EventOf<typeof certificateMoved>, manager: EntityManager): Promise<void> {
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
