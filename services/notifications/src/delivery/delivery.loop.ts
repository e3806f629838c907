import type { Stoppable } from '@pdo/events';
import type { Logger } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import type { RetryPolicy } from '../domain/delivery-retry';
import { sendDueMessages } from './mail.sender';
import type { MailTransport } from './smtp.transport';

export interface DeliveryLoopOptions {
  dataSource: DataSource;
  transport: MailTransport;
  policy: RetryPolicy;
  logger: Logger;
  /** pause when nothing was due */
  idleMs?: number;
}

/** Keeps sending due messages; a full batch is followed at once by the next one. */
export function startDeliveryLoop({ dataSource, transport, policy, logger, idleMs = 1000 }: DeliveryLoopOptions): Stoppable {
  let running = true;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (running) {
      let tried = 0;
      try {
        tried = await sendDueMessages(dataSource, transport, policy);
      } catch (error) {
        logger.warn({ err: error }, 'mail delivery round failed; retrying');
      }
      if (tried === 0 && running) await pause(idleMs);
    }
  })();

  return {
    async stop() {
      running = false;
      wake?.();
      await loop;
      transport.close();
    },
  };
}
