import type { Logger } from './logger';
import type { Stoppable } from './server';

export interface PeriodicOptions<T> {
  /** what the log says failed */
  name: string;
  everyMs: number;
  run: () => Promise<T>;
  /** what to log after a run that did something */
  onResult?: (result: T) => void;
  logger: Logger;
}

/**
 * Runs a background job now and then every `everyMs`; a run never overlaps the previous one, a failed run
 * is logged and the next one tries again, and `stop` waits for the run in progress.
 */
export function startPeriodic<T>({ name, everyMs, run, onResult, logger }: PeriodicOptions<T>): Stoppable {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running
      .then(run)
      .then((result) => onResult?.(result))
      .catch((error: unknown) => logger.error({ err: error }, `${name} failed`));
  };
  const timer = setInterval(tick, everyMs);
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
