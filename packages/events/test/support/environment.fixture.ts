import { randomBytes } from 'node:crypto';
import pino from 'pino';

/** The runner (scripts/test.ts) provides the servers; without them these tests fail rather than skip. */
export function requiredEnv(name: 'DATABASE_URL' | 'KAFKA_BROKERS' | 'KAFKA_CONTROL_URL'): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the integration tests with \`npm test\`, which starts PostgreSQL and Kafka`);
  return value;
}

export const brokers = () => requiredEnv('KAFKA_BROKERS').split(',');

/** Quiet unless asked: a broker outage is meant to make kafkajs complain. `LOG_LEVEL=warn` shows it. */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

/** A name no other test run uses: topics, groups and databases stay apart. */
export const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
