import { SpanStatusCode } from '@opentelemetry/api';
import type { Message, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { backoffDelay, createWakeup } from '../backoff';
import { createKafka, createProducer, ensureTopics, type Stoppable, type TopicOptions } from '../kafka/kafka.client';
import { pruneEvents, type RetentionOptions } from './events.prune';
import { startSendSpan, type TraceCarrier } from '../tracing/trace-context';
import { listenForOutbox } from './outbox.listener';
import { outboxPublished, trackOutbox } from './outbox.metrics';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  brokers: string[];
  clientId: string;
  logger: Logger;
  topics?: TopicOptions;
  /** rows sent per transaction; default 500 */
  batchSize?: number;
  /** how often to look for rows when no notification came; default 1000 */
  pollIntervalMs?: number;
  /** old sent rows and inbox ids are pruned every `intervalMs` (default hourly) */
  retention?: RetentionOptions & { intervalMs?: number };
}

interface OutboxRow {
  seq: string;
  topic: string;
  key: string;
  type: string;
  payload: Record<string, unknown>;
  trace_context: TraceCarrier | null;
}

/** Any 64-bit number both replicas agree on: advisory locks are per database. */
export const RELAY_LOCK_KEY = 7_400_420_001;
const FIRST_RETRY_DELAY_MS = 500;
/** short, so that a broker that comes back gets the waiting events within seconds */
const MAX_RETRY_DELAY_MS = 5000;

/**
 * Publishes the outbox to Kafka in `seq` order, key = aggregate id. Each batch is selected, sent and
 * marked sent in one transaction that holds an advisory lock, so with several replicas only one sends
 * at a time and a batch is never sent around an earlier, unfinished one. A failed send rolls the
 * batch back; it is retried with backoff on a fresh producer. Kafka may thus see a row twice, never
 * out of order: consumers drop the repeat by event id.
 */
export async function startOutboxRelay(options: OutboxRelayOptions): Promise<Stoppable> {
  const { dataSource, logger } = options;
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const kafka = createKafka(options);
  const knownTopics = new Set<string>();
  let producer: Producer | null = null;
  let running = true;
  const work = createWakeup();
  const stopping = createWakeup();
  const listener = listenForOutbox(dataSource, () => work.wake(), logger);
  const untrack = trackOutbox(dataSource);

  async function connectedProducer(): Promise<Producer> {
    if (!producer) {
      const fresh = createProducer(kafka);
      await fresh.connect();
      producer = fresh;
    }
    return producer;
  }

  async function send(rows: OutboxRow[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    const spans = rows.map((row) => {
      const { span, headers } = startSendSpan(row.topic, row.type, row.trace_context);
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.key, value: JSON.stringify(row.payload), headers: { 'event-type': row.type, ...headers } });
      byTopic.set(row.topic, messages);
      return span;
    });
    try {
      await sendBatch(byTopic);
    } catch (error) {
      for (const span of spans) span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      for (const span of spans) span.end();
    }
  }

  async function sendBatch(byTopic: Map<string, Message[]>): Promise<void> {
    const newTopics = [...byTopic.keys()].filter((topic) => !knownTopics.has(topic));
    if (newTopics.length > 0) {
      await ensureTopics(kafka, newTopics, options.topics);
      newTopics.forEach((topic) => knownTopics.add(topic));
    }
    const topicMessages = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    await (await connectedProducer()).sendBatch({ topicMessages });
    for (const { topic, messages } of topicMessages) outboxPublished.inc({ topic }, messages.length);
  }

  /** Sends one batch; returns how many rows it sent. */
  const relayBatch = () =>
    dataSource.transaction(async (manager: EntityManager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK_KEY]);
      if (!locked) return 0;
      const rows: OutboxRow[] = await manager.query(
        'SELECT seq, topic, key, type, payload, trace_context FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED',
        [batchSize],
      );
      if (rows.length === 0) return 0;
      await send(rows);
      await manager.query('UPDATE outbox SET sent_at = now() WHERE seq = ANY($1::bigint[])', [rows.map((row) => row.seq)]);
      return rows.length;
    });

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        const sent = await relayBatch();
        failures = 0;
        if (sent < batchSize) await work.sleep(pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delayMs = backoffDelay(failures, FIRST_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS);
        logger.warn({ err: error, failures, delayMs }, 'outbox relay failed; retrying');
        const stale = producer;
        producer = null;
        await stale?.disconnect().catch(() => undefined);
        await stopping.sleep(delayMs);
      }
    }
  }

  const loop = run();
  // Without pruning the outbox and inbox only ever grow; a failed prune is simply tried next time.
  const pruner = setInterval(() => {
    pruneEvents(dataSource, options.retention).then(
      (pruned) => {
        if (pruned.outbox + pruned.inbox > 0) logger.info(pruned, 'pruned old events');
      },
      (error: unknown) => logger.warn({ err: error }, 'pruning old events failed'),
    );
  }, options.retention?.intervalMs ?? 3_600_000);
  pruner.unref();
  return {
    async stop() {
      untrack();
      clearInterval(pruner);
      running = false;
      work.wake();
      stopping.wake();
      await loop;
      listener.close();
      await producer?.disconnect();
    },
  };
}
