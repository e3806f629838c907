import type { Admin } from 'kafkajs';
import { deadLetterTopic } from '../catalogue/topics';

/** The replay's consumer group: its committed offsets mark how far `<service>.dlq` was replayed. */
export const replayGroupId = (service: string) => `${service}.dlq-replay`;

/**
 * Per partition of `<service>.dlq`, the dead letters not yet replayed: from the replay group's position
 * (or the oldest letter Kafka still keeps) up to the end. Partitions with nothing waiting are left out.
 */
export async function pendingDeadLetters(admin: Admin, service: string): Promise<Map<number, { from: bigint; end: bigint }>> {
  const topic = deadLetterTopic(service);
  const [committed] = await admin.fetchOffsets({ groupId: replayGroupId(service), topics: [topic] });
  const replayedTo = new Map(committed.partitions.map((p) => [p.partition, BigInt(p.offset)]));
  const pending = new Map<number, { from: bigint; end: bigint }>();
  for (const { partition, offset, low } of await admin.fetchTopicOffsets(topic)) {
    const from = [replayedTo.get(partition) ?? -1n, BigInt(low)].reduce((a, b) => (a > b ? a : b));
    if (BigInt(offset) > from) pending.set(partition, { from, end: BigInt(offset) });
  }
  return pending;
}

/** How many dead letters wait in all partitions together. */
export const pendingCount = (pending: Map<number, { from: bigint; end: bigint }>): number =>
  Number([...pending.values()].reduce((sum, { from, end }) => sum + (end - from), 0n));
