import { randomUUID } from 'node:crypto';
import type { EventData, EventDefinition, EventOf } from '@pdo/events';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import type { DataSource, EntityManager } from 'typeorm';
import type { RetryPolicy } from '../src/domain/delivery-retry';
import { sendNextMessage } from '../src/delivery/mail.sender';
import type { MailTransport } from '../src/delivery/smtp.transport';

/** An event as the consumer receives it, validated by its catalogue schema. */
export function envelope<D extends EventDefinition>(definition: D, aggregateId: string, data: EventData<D>): EventOf<D> {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    aggregateId,
    data: definition.schema.parse(data) as EventData<D>,
  } as EventOf<D>;
}

/** The way the consumer handles an event: inbox record and effect in one transaction, a repeat skipped. */
export function deliver<E extends { id: string; type: string }>(
  dataSource: DataSource,
  event: E,
  handler: (event: E, manager: EntityManager) => Promise<void>,
): Promise<void> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      'INSERT INTO inbox (event_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
      [event.id, event.type],
    );
    if (inserted.length > 0) await handler(event, manager);
  });
}

export interface MailboxMessage {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; size: number }[];
}

/** Ours only: every test writes to its own address, and other people's mail is left alone. */
export async function mailTo(address: string): Promise<MailboxMessage[]> {
  const all = (await (await fetch(new URL('/api/messages', requiredTestEnv('MAILBOX_URL')))).json()) as MailboxMessage[];
  return all.filter((message) => message.to.includes(address));
}

export async function attachment(message: MailboxMessage, index = 0): Promise<Buffer> {
  const url = new URL(`/api/messages/${message.id}/attachments/${index}`, requiredTestEnv('MAILBOX_URL'));
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}

export const uniqueAddress = () => `parent-${randomUUID()}@example.test`;

/** Sends every message due now, one after another, as one of the loop's senders would; returns how many were tried. */
export async function sendDueMessages(dataSource: DataSource, transport: MailTransport, policy: RetryPolicy): Promise<number> {
  let tried = 0;
  while (await sendNextMessage(dataSource, transport, policy)) tried += 1;
  return tried;
}
