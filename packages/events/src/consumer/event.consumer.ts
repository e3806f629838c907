import type { KafkaMessage, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { backoffDelay } from '../backoff';
import { eventCatalogue, type EventCatalogue } from '../catalogue/event.catalogue';
import { deadLetterTopic } from '../catalogue/topics';
import { withDeadLetterHeaders } from '../dead-letter/dead-letter.headers';
import { pendingCount, pendingDeadLetters } from '../dead-letter/dead-letter.pending';
import { decodeEnvelope, validateEventData } from '../envelope.codec';
import type { Envelope, EventOf } from '../envelope.schema';
import { createKafka, createProducer, ensureTopics, type Stoppable, type TopicOptions } from '../kafka/kafka.client';
import { inConsumeSpan } from '../tracing/trace-context';
import {
  consumerLag,
  deadLetterDepth,
  deadLettersSent,
  lagAfter,
  messageHandlingSeconds,
  type HandlingOutcome,
} from '../metrics/event.metrics';

export type EventHandler<E> = (event: E, manager: EntityManager) => Promise<void>;

/** One optional handler per event type, typed by the catalogue: `{ 'billing.EnrollmentFundsReserved': async (event, manager) => … }`. */
export type EventHandlers<C extends EventCatalogue> = {
  [D in C[number] as D['type']]?: EventHandler<EventOf<D>>;
};

export interface ConsumerOptions<C extends EventCatalogue> {
  dataSource: DataSource;
  brokers: string[];
  groupId: string;
  /** the consuming service; its dead letters go to `<service>.dlq` */
  service: string;
  /** a new group starts at the beginning of each topic unless `fromBeginning: false` */
  subscriptions: { topic: string; fromBeginning?: boolean }[];
  handlers: NoInfer<EventHandlers<C>>;
  logger: Logger;
  /** defaults to the platform's `eventCatalogue` */
  catalogue?: C;
  /** default 5 attempts, 500 ms before the second, doubling */
  retry?: { attempts: number; initialDelayMs: number };
  /** partitions handled at once (each still in order, so one aggregate's events stay in order); default 6 */
  partitionsConsumedConcurrently?: number;
  topics?: TopicOptions;
  /** how often the depth of `<service>.dlq` is read for the metrics; default 30 000 */
  deadLetterDepthIntervalMs?: number;
}

const HEARTBEAT_EVERY_MS = 1000;
const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Consumes events exactly once in effect: each is handled in one transaction that first records its id
 * in `inbox`, so a redelivered event is skipped. A failing handler is retried with backoff, then the
 * message goes to `<service>.dlq` and the partition moves on. Messages that are not valid events go
 * there at once; events no handler is given for are acknowledged and skipped.
 */
export async function startConsumer<C extends EventCatalogue = typeof eventCatalogue>(
  options: ConsumerOptions<C>,
): Promise<Stoppable> {
  const { dataSource, logger, service } = options;
  const catalogue: EventCatalogue = options.catalogue ?? eventCatalogue;
  const handlers = options.handlers as Partial<Record<string, EventHandler<Envelope>>>;
  const { attempts, initialDelayMs } = options.retry ?? { attempts: 5, initialDelayMs: 500 };
  const dlqTopic = deadLetterTopic(service);
  const ownedPartitions = new Map<string, Set<string>>();
  const kafka = createKafka({ brokers: options.brokers, clientId: options.groupId, logger });

  await ensureTopics(kafka, [...options.subscriptions.map((s) => s.topic), dlqTopic], options.topics);
  const producer: Producer = createProducer(kafka);
  await producer.connect();
  const consumer = kafka.consumer({
    groupId: options.groupId,
    // a shorter long-poll than the 5 s default: stop() waits for the fetch in flight
    maxWaitTimeInMs: 1000,
    // A consumer that crashed or was killed rejoins as a new member; the group waits out the old one's
    // session before handing out its partitions. 10 s rather than 30 s keeps that pause short.
    sessionTimeout: 10_000,
    heartbeatInterval: 3000,
  });
  // A start that fails half-way (the broker still electing leaders, say) leaves no open connection behind.
  const disconnect = () => Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
  try {
    await consumer.connect();
    for (const { topic, fromBeginning = true } of options.subscriptions) await consumer.subscribe({ topic, fromBeginning });
  } catch (error) {
    await disconnect();
    throw error;
  }
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) logger.error({ err: payload.error }, 'event consumer stopped after an error it cannot retry');
  });
  // After a rebalance the partitions another member took over are no longer ours to report.
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
    for (const { topic } of options.subscriptions) {
      const owned = new Set((payload.memberAssignment[topic] ?? []).map(String));
      for (const partition of ownedPartitions.get(topic) ?? []) {
        if (!owned.has(partition)) consumerLag.remove({ topic, partition });
      }
      ownedPartitions.set(topic, owned);
    }
  });

  /** Handles the event in one transaction; an id already in the inbox means it was handled before. */
  const handleOnce = (event: Envelope, handler: EventHandler<Envelope>) =>
    dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        'INSERT INTO inbox (event_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
        [event.id, event.type],
      );
      if (inserted.length > 0) await handler(event, manager);
    });

  const databaseReachable = () =>
    dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );

  async function deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    error: string,
    tries: number,
    event?: { id: string; type: string },
  ) {
    logger.error({ topic, partition, offset: message.offset, error, attempts: tries }, `event sent to ${dlqTopic}`);
    deadLettersSent.inc({ topic });
    const [sent] = await producer.send({
      topic: dlqTopic,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: withDeadLetterHeaders(message.headers, { topic, partition, offset: message.offset, error, attempts: tries }),
        },
      ],
    });
    // the letter is in Kafka already; its record for the admin page is best effort (the database may be down)
    await dataSource
      .query(
        `INSERT INTO dead_letters (topic, partition, "offset", event_id, event_type, error, attempts, dlq_partition, dlq_offset)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          topic,
          partition,
          message.offset,
          event?.id ?? null,
          event?.type ?? null,
          error.slice(0, 2000),
          tries,
          sent!.partition,
          sent!.baseOffset,
        ],
      )
      .catch((failure: unknown) => logger.warn({ err: failure }, 'the dead letter could not be recorded for the admin page'));
  }

  /** Sleeps while keeping the group membership alive; false when the partition was taken away meanwhile. */
  async function wait(ms: number, heartbeat: () => Promise<void>, stillOurs: () => boolean): Promise<boolean> {
    for (let left = ms; left > 0 && stillOurs(); left -= HEARTBEAT_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, HEARTBEAT_EVERY_MS)));
      await heartbeat();
    }
    return stillOurs();
  }

  /** `left_for_next_owner` when the partition was taken away before the message was finished. */
  async function processMessage(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    stillOurs: () => boolean,
  ): Promise<HandlingOutcome> {
    const envelope = decodeEnvelope(message.value);
    if (!envelope.ok) {
      await deadLetter(topic, partition, message, envelope.error, 0);
      return 'dead_lettered';
    }
    const handler = handlers[envelope.event.type];
    if (!handler) return 'skipped';
    const decoded = validateEventData(catalogue, envelope.event);
    if (!decoded.ok) {
      await deadLetter(topic, partition, message, decoded.error, 0, envelope.event);
      return 'dead_lettered';
    }
    // A database that is down is not the event's fault: those failures are retried without limit.
    let handlerFailures = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await inConsumeSpan(topic, decoded.event.type, message.headers, () => handleOnce(decoded.event, handler));
        return 'handled';
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (await databaseReachable()) handlerFailures += 1;
        if (handlerFailures >= attempts) {
          await deadLetter(topic, partition, message, reason, attempt, decoded.event);
          return 'dead_lettered';
        }
        logger.warn(
          { type: decoded.event.type, eventId: decoded.event.id, attempt, error: reason },
          'event handling failed; retrying',
        );
        if (!(await wait(backoffDelay(attempt, initialDelayMs, MAX_RETRY_DELAY_MS), heartbeat, stillOurs)))
          return 'left_for_next_owner';
      }
    }
  }

  await consumer
    .run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 1000,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 6,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        const stillOurs = () => isRunning() && !isStale();
        const { topic, partition, highWatermark } = batch;
        const lag = { topic, partition: String(partition) };
        if (batch.messages.length > 0) consumerLag.set(lag, lagAfter(highWatermark, batch.messages[0].offset) + 1);
        for (const message of batch.messages) {
          if (!stillOurs()) return;
          const handled = messageHandlingSeconds.startTimer({ topic });
          const outcome = await processMessage(topic, partition, message, heartbeat, stillOurs);
          handled({ outcome });
          if (outcome === 'left_for_next_owner') return;
          consumerLag.set(lag, lagAfter(highWatermark, message.offset));
          resolveOffset(message.offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    })
    .catch(async (error: unknown) => {
      await disconnect();
      throw error;
    });

  /** Reads how many dead letters wait; a broker that does not answer leaves the last value until the next try. */
  async function measureDeadLetterDepth(): Promise<void> {
    const admin = kafka.admin();
    try {
      await admin.connect();
      deadLetterDepth.set({ topic: dlqTopic }, pendingCount(await pendingDeadLetters(admin, service)));
    } catch (error) {
      logger.debug({ err: error }, `could not read the depth of ${dlqTopic}`);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
  const depthTimer = setInterval(() => void measureDeadLetterDepth(), options.deadLetterDepthIntervalMs ?? 30_000);
  depthTimer.unref();
  void measureDeadLetterDepth();

  return {
    async stop() {
      clearInterval(depthTimer);
      await consumer.disconnect();
      await producer.disconnect();
    },
  };
}
