import { Kafka, logLevel, Partitioners, type logCreator, type Producer } from 'kafkajs';
import type { Logger } from 'pino';

export interface KafkaOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
}

export interface TopicOptions {
  /** default 6, as the smaller topics in k8s/base/kafka/topics.yaml */
  partitions?: number;
  /** default 1, the single local broker */
  replicationFactor?: number;
}

/** What the relay and the consumer hand back: stop finishes the work in hand and disconnects. */
export interface Stoppable {
  stop(): Promise<void>;
}

const pinoLevel = {
  [logLevel.NOTHING]: 'silent',
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
} as const;

/**
 * kafkajs writes through our pino logger, and only warnings and errors. An error response logged by
 * its connection also reaches the caller, which retries or reports it, so that copy goes to debug.
 */
const pinoLogCreator =
  (logger: Logger): logCreator =>
  () =>
  ({ namespace, level, log }) => {
    const { message, ...extra } = log;
    const method = namespace === 'Connection' && level === logLevel.ERROR ? 'debug' : pinoLevel[level];
    if (method !== 'silent') logger[method]({ ...extra, kafkajs: namespace }, message);
  };

export function createKafka({ brokers, clientId, logger }: KafkaOptions): Kafka {
  return new Kafka({ brokers, clientId, logLevel: logLevel.WARN, logCreator: pinoLogCreator(logger) });
}

/** Idempotent (no duplicates from its own retries) and in order per partition; keys hash as in Java clients. */
export const createProducer = (kafka: Kafka): Producer =>
  kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });

/** Creates the topics that are missing; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], options: TopicOptions = {}): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({
        topic,
        numPartitions: options.partitions ?? 6,
        replicationFactor: options.replicationFactor ?? 1,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
