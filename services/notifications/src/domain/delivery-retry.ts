import { backoffDelay } from '@pdo/events/domain';

export interface RetryPolicy {
  /** tries in all, the first included */
  maxAttempts: number;
  /** wait before the second try; doubles after each failure */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, initialDelayMs: 30_000, maxDelayMs: 3_600_000 };

/** After a failed try: when to try again, or null when the message is given up. */
export function nextAttemptAt(attemptsMade: number, policy: RetryPolicy, now: Date): Date | null {
  if (attemptsMade >= policy.maxAttempts) return null;
  return new Date(now.getTime() + backoffDelay(attemptsMade, policy.initialDelayMs, policy.maxDelayMs));
}
