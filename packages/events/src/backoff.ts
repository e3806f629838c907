/** Exponential backoff: `initialDelayMs` before the 2nd attempt, doubling each time, never above `maxDelayMs`. */
export function backoffDelay(failedAttempts: number, initialDelayMs: number, maxDelayMs = 30_000): number {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1)
    throw new RangeError(`failedAttempts must be a positive integer, got ${failedAttempts}`);
  return Math.min(maxDelayMs, initialDelayMs * 2 ** (failedAttempts - 1));
}

export interface Wakeup {
  /** Resolves after `ms`, or as soon as `wake()` is called. */
  sleep(ms: number): Promise<void>;
  /** Ends the current sleep; with nobody asleep, the next sleep returns at once so no wake-up is lost. */
  wake(): void;
}

export function createWakeup(): Wakeup {
  let pending = false;
  let endSleep: (() => void) | null = null;
  return {
    sleep(ms) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          endSleep = null;
          resolve();
        };
        const timer = setTimeout(done, ms);
        endSleep = done;
      });
    },
    wake() {
      if (endSleep) endSleep();
      else pending = true;
    },
  };
}
