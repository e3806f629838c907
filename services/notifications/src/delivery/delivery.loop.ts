import { createWakeup, listenForChannel, type Stoppable } from '@pdo/events';
import type { Logger } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import type { RetryPolicy } from '../domain/delivery-retry';
import { MAIL_CHANNEL } from '../operations/message-queue';
import { sendNextMessage } from './mail.sender';
import type { MailTransport } from './smtp.transport';

export interface DeliveryLoopOptions {
  dataSource: DataSource;
  transport: MailTransport;
  policy: RetryPolicy;
  logger: Logger;
  /** messages sent at once; each sender holds a database connection while its message is sent */
  concurrency?: number;
  /** how often an idle sender looks anyway: for retries coming due, and a NOTIFY lost with its connection */
  idleMs?: number;
}

/**
 * Sends queued messages as soon as their transaction commits (LISTEN on the queue's channel wakes every
 * sender), `concurrency` at a time. A sender that found a message looks again at once.
 */
export function startDeliveryLoop({
  dataSource,
  transport,
  policy,
  logger,
  concurrency = 4,
  idleMs = 1000,
}: DeliveryLoopOptions): Stoppable {
  let running = true;
  const wakeups = Array.from({ length: concurrency }, createWakeup);
  const wakeAll = () => wakeups.forEach((wakeup) => wakeup.wake());
  const listener = listenForChannel(dataSource, MAIL_CHANNEL, wakeAll, logger);

  const senders = wakeups.map(async (wakeup) => {
    while (running) {
      let tried = false;
      try {
        tried = await sendNextMessage(dataSource, transport, policy);
      } catch (error) {
        logger.warn({ err: error }, 'mail delivery failed; retrying');
      }
      if (!tried && running) await wakeup.sleep(idleMs);
    }
  });

  return {
    async stop() {
      running = false;
      wakeAll();
      await Promise.all(senders);
      listener.close();
      transport.close();
    },
  };
}
