import { Kafka, logLevel, Partitioners, type KafkaMessage, type Message } from 'kafkajs';
import { brokers, uniqueName, waitFor } from './environment.fixture';

const kafka = () => new Kafka({ brokers: brokers(), clientId: 'events-test', logLevel: logLevel.NOTHING });

/** Writes messages as they are, bypassing the outbox: duplicates and garbage a real broker may carry. */
export async function produceRaw(topic: string, messages: Message[]): Promise<void> {
  const producer = kafka().producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  await producer.send({ topic, messages });
  await producer.disconnect();
}

/** Reads a topic from the beginning until `count` messages came. */
export async function readMessages(topic: string, count: number): Promise<KafkaMessage[]> {
  const consumer = kafka().consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 500 });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void messages.push(message) });
    await waitFor(`${count} messages on ${topic}`, async () => messages.length >= count);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** True once the group has committed every message the topic holds. */
export async function caughtUp(groupId: string, topic: string): Promise<boolean> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
    // a partition that never held a message has nothing to commit
    return ends.every(
      ({ partition, high, low }) => high === low || partitions.find((p) => p.partition === partition)?.offset === high,
    );
  } finally {
    await admin.disconnect();
  }
}
