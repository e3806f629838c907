import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { pendingDeadLetters } from '../dead-letter/dead-letter.pending';
import { createKafka } from '../kafka/kafka.client';
import { consumerLag } from '../metrics/event.metrics';

export interface WaitingDeadLetter {
  id: string;
  topic: string;
  eventId: string | null;
  eventType: string | null;
  error: string;
  attempts: number;
  deadLetteredAt: Date;
}

export interface EventsState {
  outboxBacklog: number;
  /** the age of the oldest event not yet sent, or null when none waits */
  oldestOutboxSeconds: number | null;
  /** messages not yet handled, per topic, in the partitions this process owns */
  consumerLag: { topic: string; lag: number }[];
  /** null when Kafka did not answer, so nobody can tell which letters a replay has sent back */
  deadLetters: { count: number; newest: WaitingDeadLetter[] } | null;
}

const KAFKA_ANSWER_MS = 5_000;
const SHOWN_LETTERS = 50;

/** The outbox, the consumer and the dead letters of one service, as its own database and Kafka tell them. */
export async function readEventsState(options: {
  dataSource: DataSource;
  brokers: string[];
  service: string;
  logger: Logger;
}): Promise<EventsState> {
  const { dataSource, brokers, service, logger } = options;
  const [[outbox], lag, deadLetters] = await Promise.all([
    dataSource.query(
      `SELECT count(*)::int AS backlog, floor(extract(epoch FROM now() - min(occurred_at)))::int AS oldest
       FROM outbox WHERE sent_at IS NULL`,
    ) as Promise<{ backlog: number; oldest: number | null }[]>,
    consumerLag.get(),
    waitingDeadLetters(dataSource, brokers, service, logger),
  ]);
  const byTopic = new Map<string, number>();
  for (const { labels, value } of lag.values) byTopic.set(String(labels.topic), (byTopic.get(String(labels.topic)) ?? 0) + value);
  return {
    outboxBacklog: outbox!.backlog,
    oldestOutboxSeconds: outbox!.oldest,
    consumerLag: [...byTopic].map(([topic, total]) => ({ topic, lag: total })).sort((a, b) => a.topic.localeCompare(b.topic)),
    deadLetters,
  };
}

/** The letters past the replay group's position in `<service>.dlq`: those no replay has sent back yet. */
async function waitingDeadLetters(dataSource: DataSource, brokers: string[], service: string, logger: Logger) {
  const admin = createKafka({ brokers, clientId: `${service}-state`, logger }).admin();
  let timer: NodeJS.Timeout | undefined;
  try {
    const pending = await Promise.race([
      admin.connect().then(() => pendingDeadLetters(admin, service)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Kafka did not answer')), KAFKA_ANSWER_MS);
      }),
    ]);
    const partitions = [...pending.keys()];
    const from = partitions.map((partition) => pending.get(partition)!.from.toString());
    const waiting = `FROM dead_letters d JOIN unnest($1::int[], $2::bigint[]) AS p (partition, from_offset)
                     ON d.dlq_partition = p.partition AND d.dlq_offset >= p.from_offset`;
    const [[{ count }], rows] = await Promise.all([
      dataSource.query(`SELECT count(*)::int AS count ${waiting}`, [partitions, from]) as Promise<{ count: number }[]>,
      dataSource.query(
        `SELECT d.id::text AS id, d.topic, d.event_id AS "eventId", d.event_type AS "eventType", d.error, d.attempts,
                d.dead_lettered_at AS "deadLetteredAt"
         ${waiting} ORDER BY d.id DESC LIMIT ${SHOWN_LETTERS}`,
        [partitions, from],
      ) as Promise<WaitingDeadLetter[]>,
    ]);
    return { count, newest: rows };
  } catch (error) {
    logger.warn({ err: error }, `could not read the dead letters of ${service}`);
    return null;
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}
