import { startPeriodic, type ServiceRuntime, type Stoppable } from '@pdo/service-kit';
import { foldMunicipalityCounts } from './region-overview.operations';

/** A campaign morning appends thousands of counter rows a minute; folding each minute keeps the region overview's read small. */
const EVERY_MS = 60 * 1000;

export const startMunicipalityCountsFolding = ({ dataSource, logger }: ServiceRuntime): Stoppable =>
  startPeriodic({
    name: 'municipality counts folding',
    everyMs: EVERY_MS,
    logger,
    run: () => foldMunicipalityCounts(dataSource),
    onResult: (folded) => {
      if (folded > 0) logger.debug({ folded }, 'municipality counter rows folded');
    },
  });
