import { startPeriodic, type ServiceRuntime, type Stoppable } from '@pdo/service-kit';
import type { NavigatorConfig } from '../navigator.config';
import { releaseHeldSeats } from './enrollment.operations';

/** Enrolments end at Kuzbass midnight on the first of a month; a run every ten minutes frees their seats soon after. */
const EVERY_MS = 10 * 60 * 1000;

export const startSeatRelease = ({ dataSource, logger }: ServiceRuntime<NavigatorConfig>): Stoppable =>
  startPeriodic({
    name: 'seat release',
    everyMs: EVERY_MS,
    logger,
    run: () => releaseHeldSeats(dataSource, new Date()),
    onResult: (freed) => {
      if (freed > 0) logger.info({ freed }, 'seats of withdrawn enrolments that ended given back');
    },
  });
