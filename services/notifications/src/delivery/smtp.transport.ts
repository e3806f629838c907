import { createTransport } from 'nodemailer';
import type { EmailContent } from '../domain/email-templates';

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail extends EmailContent {
  to: string;
  attachments?: Attachment[];
}

/** What the sender needs of a mail server. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const SMTP_URL_MISSING = 'SMTP_URL is not set: the service has no mail server to send through';

/**
 * Nodemailer over SMTP, with up to `maxConnections` kept open and reused (a new connection per message
 * costs more than the message). Without a URL every send fails with a reason that says so, and the
 * message stays for retry.
 */
export function smtpTransport(smtpUrl: string | undefined, from: string, maxConnections = 4): MailTransport {
  if (!smtpUrl) {
    return {
      send: () => Promise.reject(new Error(SMTP_URL_MISSING)),
      close: () => undefined,
    };
  }
  const transporter = createTransport({ url: smtpUrl, pool: true, maxConnections });
  return {
    async send({ to, subject, text, html, attachments }) {
      await transporter.sendMail({ from, to, subject, text, html, attachments });
    },
    close: () => transporter.close(),
  };
}
