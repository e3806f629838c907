import { startPeriodic, type ServiceRuntime, type Stoppable } from '@pdo/service-kit';
import type { CertificatesConfig } from '../certificates.config';
import { foldCertificateCounts } from './overview.operations';

/** A campaign morning appends a few thousand counter rows a minute; folding each minute keeps the overviews' reads small. */
const EVERY_MS = 60 * 1000;

export const startCertificateCountsFolding = ({ dataSource, logger }: ServiceRuntime<CertificatesConfig>): Stoppable =>
  startPeriodic({
    name: 'certificate counts folding',
    everyMs: EVERY_MS,
    logger,
    run: () => foldCertificateCounts(dataSource),
    onResult: (folded) => {
      if (folded > 0) logger.debug({ folded }, 'certificate counter rows folded');
    },
  });
