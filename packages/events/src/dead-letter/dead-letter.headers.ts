import type { IHeaders } from 'kafkajs';

/** Headers a dead letter carries besides the original message's own. */
export const deadLetterHeaders = {
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
} as const;

export interface DeadLetterReason {
  topic: string;
  partition: number;
  offset: string;
  error: string;
  attempts: number;
}

const MAX_ERROR_LENGTH = 2000;

export function withDeadLetterHeaders(headers: IHeaders | undefined, reason: DeadLetterReason): IHeaders {
  return {
    ...headers,
    [deadLetterHeaders.topic]: reason.topic,
    [deadLetterHeaders.partition]: String(reason.partition),
    [deadLetterHeaders.offset]: reason.offset,
    [deadLetterHeaders.error]: reason.error.slice(0, MAX_ERROR_LENGTH),
    [deadLetterHeaders.attempts]: String(reason.attempts),
  };
}

/** The original topic and headers of a dead letter, to send it back as it was. */
export function originalOf(headers: IHeaders | undefined): { topic: string | undefined; headers: IHeaders } {
  const original: IHeaders = {};
  const dlqNames: readonly string[] = Object.values(deadLetterHeaders);
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!dlqNames.includes(name)) original[name] = value;
  }
  return { topic: headers?.[deadLetterHeaders.topic]?.toString(), headers: original };
}
