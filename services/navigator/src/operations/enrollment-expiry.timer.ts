import type { Stoppable } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import type { NavigatorConfig } from '../navigator.config';
import { expireOverdueEnrollments } from './enrollment.operations';

const EVERY_MS = 60_000;

/** Once a minute, expires the requests providers left unanswered; a run never overlaps the previous one. */
export function startEnrollmentExpiry({ config, dataSource, logger }: ServiceRuntime<NavigatorConfig>): Stoppable {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => expireOverdueEnrollments(dataSource, new Date(), config.ENROLLMENT_RESPONSE_WORKING_DAYS))
      .then((expired) => {
        if (expired.length > 0) logger.info({ expired }, 'unanswered enrolment requests expired');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'enrolment expiry failed'));
  };
  const timer = setInterval(tick, EVERY_MS);
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
