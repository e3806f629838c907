import { requiredTestEnv } from '@pdo/service-kit/testing';

export interface Mail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; size: number }[];
}

/** Waits for a message to `to` whose subject matches, from the development mailbox's JSON API. */
export async function waitForMail(to: string, subject: string | RegExp, timeoutMs = 60_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const messages = (await (await fetch(`${requiredTestEnv('MAILBOX_URL')}/api/messages`)).json()) as Mail[];
    const found = messages.find(
      (m) => m.to.includes(to) && (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject)),
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no e-mail to ${to} with subject ${String(subject)} within ${timeoutMs} ms`);
}
