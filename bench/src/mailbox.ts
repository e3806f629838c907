// The bench mailbox (scripts/infra/mail.infra.ts) read the way a user waits for a letter.
import { sleep } from './harness.ts';

export type Mail = { id: string; to: string[]; subject: string; text: string };

export type MailWatcher = {
  /** the first letter with this subject to this address; throws after `timeoutMs` */
  waitFor(to: string, subject: string, timeoutMs?: number): Promise<Mail>;
  /** letters received so far to any of these addresses */
  count(to: readonly string[]): Promise<number>;
  stop(): Promise<void>;
};

/**
 * One poller for everyone, so that many waiting users do not each download the whole mailbox, and only while
 * someone waits (the mailbox answers from the bench's own process). Letters are kept by recipient, since the
 * mailbox itself keeps only its latest thousand.
 */
export function mailWatcher(mailboxUrl: string): MailWatcher {
  const seen = new Set<string>();
  const byRecipient = new Map<string, Mail[]>();
  let waiting = 0;
  let stopped = false;
  const poll = async () => {
    for (const mail of (await (await fetch(`${mailboxUrl}/api/messages`)).json()) as Mail[]) {
      if (seen.has(mail.id)) continue;
      seen.add(mail.id);
      for (const to of mail.to) byRecipient.set(to, [...(byRecipient.get(to) ?? []), mail]);
    }
  };
  const loop = (async () => {
    while (!stopped) {
      if (waiting > 0) await poll();
      await sleep(100);
    }
  })();
  return {
    async waitFor(to, subject, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      waiting += 1;
      try {
        for (;;) {
          const found = byRecipient.get(to)?.find((mail) => mail.subject === subject);
          if (found) return found;
          if (Date.now() > deadline) throw new Error(`no «${subject}» to ${to}`);
          await sleep(50);
        }
      } finally {
        waiting -= 1;
      }
    },
    async count(to) {
      await poll();
      return new Set(to.flatMap((address) => (byRecipient.get(address) ?? []).map((mail) => mail.id))).size;
    },
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/** The letter certificates sends for applyForCertificate. */
export const CONFIRMATION_SUBJECT = 'Заявка на сертификат ПДО. Подтверждение электронной почты';

/** The token of the confirmation link in the letter, as the parent's click would send it. */
export function confirmationToken(mail: Mail): string {
  const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error('no link in the confirmation e-mail');
  return token;
}
