import { startPeriodic, type ServiceRuntime, type Stoppable } from '@pdo/service-kit';
import type { NavigatorConfig } from '../navigator.config';
import { expireOverdueEnrollments } from './enrollment.operations';

const EVERY_MS = 60_000;

/** Once a minute, expires the requests providers left unanswered. */
export const startEnrollmentExpiry = ({ config, dataSource, logger }: ServiceRuntime<NavigatorConfig>): Stoppable =>
  startPeriodic({
    name: 'enrolment expiry',
    everyMs: EVERY_MS,
    logger,
    run: () => expireOverdueEnrollments(dataSource, new Date(), config.ENROLLMENT_RESPONSE_WORKING_DAYS),
    onResult: (expired) => {
      if (expired.length > 0) logger.info({ expired }, 'unanswered enrolment requests expired');
    },
  });
