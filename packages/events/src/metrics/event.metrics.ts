import { Counter, Gauge, Histogram } from 'prom-client';

// The consumer's Prometheus series, in prom-client's global registry: the one registry of the process,
// which `@pdo/service-kit` serves at /metrics. Labels stay few: topic, partition, outcome.

export type HandlingOutcome = 'handled' | 'skipped' | 'dead_lettered' | 'left_for_next_owner';

export const consumerLag = new Gauge({
  name: 'pdo_kafka_consumer_lag',
  help: 'Messages of a partition this consumer owns that are not yet handled (high watermark minus the next offset)',
  labelNames: ['topic', 'partition'] as const,
});

export const messageHandlingSeconds = new Histogram({
  name: 'pdo_kafka_message_handling_seconds',
  help: 'Time from taking a consumed message to finishing it, retries included',
  labelNames: ['topic', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60],
});

export const deadLettersSent = new Counter({
  name: 'pdo_kafka_dead_letters_total',
  help: 'Messages this process sent to its dead-letter topic, by the topic they came from',
  labelNames: ['topic'] as const,
});

export const deadLetterDepth = new Gauge({
  name: 'pdo_kafka_dead_letter_depth',
  help: 'Dead letters waiting in a <service>.dlq topic since its last replay (pdo-dlq-replay)',
  labelNames: ['topic'] as const,
});

/** Lag after handling `offset` in a batch whose partition ends at `highWatermark` (both as Kafka gives them, strings). */
export function lagAfter(highWatermark: string, offset: string): number {
  const lag = BigInt(highWatermark) - BigInt(offset) - 1n;
  return lag > 0n ? Number(lag) : 0;
}
