import type { certificateApplicationSubmitted, certificateIssued, certificateStatusChanged, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { certificateActivatedEmail, certificateIssuedEmail, confirmationEmail } from '../domain/email-templates';
import { enqueue } from './message.queue';

/**
 * Later certificate events name only the child, so the address of the child's latest application is kept.
 * An older event arriving late (a replayed dead letter) does not overwrite a newer address.
 */
async function rememberApplicant(manager: EntityManager, event: EventOf<typeof certificateApplicationSubmitted>) {
  const { childId, applicationId, email } = event.data;
  await manager.query(
    `INSERT INTO certificate_recipients (child_id, application_id, email, source_occurred_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (child_id) DO UPDATE SET
       application_id = EXCLUDED.application_id, email = EXCLUDED.email, source_occurred_at = EXCLUDED.source_occurred_at
     WHERE certificate_recipients.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [childId, applicationId, email, event.occurredAt],
  );
}

/** The address of the child’s latest application, or null for one entered in person. */
export async function applicantEmail(manager: EntityManager, childId: string): Promise<string | null> {
  const [row] = (await manager.query('SELECT email FROM certificate_recipients WHERE child_id = $1', [childId])) as {
    email: string;
  }[];
  return row?.email ?? null;
}

export async function onApplicationSubmitted(
  event: EventOf<typeof certificateApplicationSubmitted>,
  manager: EntityManager,
): Promise<void> {
  await rememberApplicant(manager, event);
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'email_confirmation',
    email: event.data.email,
    content: confirmationEmail(event.data),
  });
}

/** A certificate applied for in person at the МОЦ has no known address: nothing is sent. */
export async function onCertificateIssued(event: EventOf<typeof certificateIssued>, manager: EntityManager): Promise<void> {
  const email = await applicantEmail(manager, event.data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'certificate_issued',
    email,
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
    content: certificateActivatedEmail(event.data),
  });
}
