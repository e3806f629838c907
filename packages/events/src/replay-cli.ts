#!/usr/bin/env node
import { parseArgs } from 'node:util';
import pino from 'pino';
import { deadLetterTopic } from './catalogue/topics';
import { replayDeadLetters } from './dead-letter/dead-letter.replay';

const usage =
  'Использование: pdo-dlq-replay --service <identity|certificates|navigator|billing|notifications> [--brokers host:port,…]';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { service: { type: 'string' }, brokers: { type: 'string' } } });
  if (!values.service) throw new Error(usage);
  const brokers = (values.brokers ?? process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',').map((b) => b.trim());
  const logger = pino({ name: 'pdo-dlq-replay', level: 'warn' }, pino.destination(2));
  const dlq = deadLetterTopic(values.service);
  const { replayed } = await replayDeadLetters({ brokers, service: values.service, logger }).catch((error: unknown) => {
    throw new Error(
      `Не удалось вернуть сообщения из ${dlq} (брокеры ${brokers.join(', ')}): ${error instanceof Error ? error.message : error}`,
    );
  });
  console.log(`Из ${dlq} возвращено в исходные топики сообщений: ${replayed}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
