import { randomBytes } from 'node:crypto';

/** A name no other test run uses (topics, consumer groups), so runs on one broker stay apart. */
export const uniqueName = (prefix: string): string => `${prefix}.${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** Reads until `done` holds, for effects that arrive through Kafka; fails naming `what` and the last value. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
