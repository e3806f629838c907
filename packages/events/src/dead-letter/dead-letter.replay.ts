import type { Logger } from 'pino';
import { deadLetterTopic } from '../catalogue/topics';
import { createKafka, createProducer, ensureTopics } from '../kafka/kafka.client';
import { originalOf } from './dead-letter.headers';
import { pendingDeadLetters, replayGroupId } from './dead-letter.pending';

export interface ReplayOptions {
  brokers: string[];
  /** whose dead letters: reads `<service>.dlq` */
  service: string;
  logger: Logger;
}

/**
 * Sends every dead letter that arrived since the last replay back to its original topic, with its
 * original key and headers. Progress is committed in the consumer group `<service>.dlq-replay`, so a
 * second run resends nothing; letters that fail again land after the end mark and wait for the next run.
 */
export async function replayDeadLetters({ brokers, service, logger }: ReplayOptions): Promise<{ replayed: number }> {
  const topic = deadLetterTopic(service);
  const groupId = replayGroupId(service);
  const kafka = createKafka({ brokers, clientId: groupId, logger });
  await ensureTopics(kafka, [topic]);

  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    ends = new Map([...(await pendingDeadLetters(admin, service))].map(([partition, { end }]) => [partition, end]));
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return { replayed: 0 };

  const producer = createProducer(kafka);
  const consumer = kafka.consumer({ groupId });
  let replayed = 0;
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) fail(payload.error);
  });
  await producer.connect();
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const end = ends.get(batch.partition);
        if (end === undefined) return;
        const letters = batch.messages.filter((message) => BigInt(message.offset) < end);
        if (letters.length === 0) return;
        for (const letter of letters) {
          const original = originalOf(letter.headers);
          if (!original.topic) {
            logger.warn(
              { partition: batch.partition, offset: letter.offset },
              `${topic} message without an original topic; skipped`,
            );
            continue;
          }
          await producer.send({
            topic: original.topic,
            messages: [{ key: letter.key, value: letter.value, headers: original.headers }],
          });
          replayed += 1;
        }
        const next = BigInt(letters[letters.length - 1].offset) + 1n;
        await consumer.commitOffsets([{ topic, partition: batch.partition, offset: next.toString() }]);
        if (next >= end) ends.delete(batch.partition);
        if (ends.size === 0) finish();
      },
    });
    await finished;
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return { replayed };
}
