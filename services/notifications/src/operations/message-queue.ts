import type { EntityManager } from 'typeorm';
import type { EmailContent, NotificationKind } from '../domain/email-templates';

export interface QueuedMessage {
  sourceEventId: string;
  kind: NotificationKind;
  email: string;
  content: EmailContent;
  /** whose «Мои уведомления» list shows it */
  ownerUserIds?: readonly string[];
  /** a stored document sent as the PDF attachment */
  attachmentDocumentId?: string | null;
}

/** The delivery loop LISTENs here; the NOTIFY reaches it when the queuing transaction commits. */
export const MAIL_CHANNEL = 'pdo_mail';

/** Queues one message for the sender; a repeat of the same (event, kind) adds nothing. */
export async function enqueue(manager: EntityManager, message: QueuedMessage): Promise<void> {
  const inserted = (await manager.query(
    `INSERT INTO notifications
       (source_event_id, kind, email, subject, text_body, html_body, owner_user_ids, attachment_document_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued')
     ON CONFLICT (source_event_id, kind) WHERE source_event_id IS NOT NULL DO NOTHING
     RETURNING id`,
    [
      message.sourceEventId,
      message.kind,
      message.email,
      message.content.subject,
      message.content.text,
      message.content.html,
      [...new Set(message.ownerUserIds ?? [])],
      message.attachmentDocumentId ?? null,
    ],
  )) as unknown[];
  if (inserted.length > 0) await manager.query('SELECT pg_notify($1, $2)', [MAIL_CHANNEL, '']);
}
