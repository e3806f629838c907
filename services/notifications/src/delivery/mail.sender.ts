import type { DataSource, EntityManager } from 'typeorm';
import { renderDocument } from '../documents/document.renderer';
import { loadDocument } from '../documents/document.store';
import { nextAttemptAt, type RetryPolicy } from '../domain/delivery-retry';
import { emailsFailed, emailsSent } from '../notifications.metrics';
import type { Attachment, MailTransport } from './smtp.transport';

interface DueRow {
  id: string;
  email: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  attachment_document_id: string | null;
}

/** The attached document is rendered at sending time from its stored data, as its download would be. */
async function attachmentsOf(manager: EntityManager, documentId: string | null): Promise<Attachment[] | undefined> {
  if (!documentId) return undefined;
  const document = await loadDocument(manager, documentId);
  if (!document) throw new Error(`attached document ${documentId} is missing`);
  const { fileName, pdf } = await renderDocument(document);
  return [{ filename: fileName, content: pdf, contentType: 'application/pdf' }];
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends the message due first, if any, and records its outcome. The row stays locked (SKIP LOCKED) from
 * the claim until the outcome commits, so several senders, in one replica or many, never send one
 * message twice at once. Returns whether a message was tried.
 */
export function sendNextMessage(dataSource: DataSource, transport: MailTransport, policy: RetryPolicy): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const [row] = (await manager.query(
      `SELECT id, email, subject, text_body, html_body, attempts, attachment_document_id FROM notifications
       WHERE status <> 'sent' AND next_attempt_at <= now()
       ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    )) as DueRow[];
    if (!row) return false;
    const attempts = row.attempts + 1;
    try {
      await transport.send({
        to: row.email,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        attachments: await attachmentsOf(manager, row.attachment_document_id),
      });
      emailsSent.inc();
      await manager.query(
        `UPDATE notifications SET status = 'sent', attempts = $2, sent_at = now(), next_attempt_at = NULL, last_error = NULL
         WHERE id = $1`,
        [row.id, attempts],
      );
    } catch (error) {
      emailsFailed.inc();
      await manager.query(
        `UPDATE notifications SET status = 'failed', attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1`,
        [row.id, attempts, errorMessage(error), nextAttemptAt(attempts, policy, new Date())],
      );
    }
    return true;
  });
}
