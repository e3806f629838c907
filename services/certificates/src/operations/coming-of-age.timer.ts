import { startPeriodic, type ServiceRuntime, type Stoppable } from '@pdo/service-kit';
import type { CertificatesConfig } from '../certificates.config';
import { terminateComeOfAge } from './coming-of-age.operations';

/** Birthdays change at Kuzbass midnight; a run every ten minutes ends a certificate soon after. */
const EVERY_MS = 10 * 60 * 1000;

export const startComingOfAge = ({ dataSource, logger }: ServiceRuntime<CertificatesConfig>): Stoppable =>
  startPeriodic({
    name: 'coming-of-age termination',
    everyMs: EVERY_MS,
    logger,
    run: () => terminateComeOfAge(dataSource, new Date()),
    onResult: (ended) => {
      if (ended.length > 0) logger.info({ ended }, 'certificates of children who turned 18 terminated');
    },
  });
