import { kuzbassDate, runTask } from '@pdo/service-kit';
import { billingService } from './billing.service';
import { parseMonth, previousMonth } from './domain/month';
import { runMonthEnd } from './operations/month-end.operations';
import { rollOverPeriod } from './operations/period-rollover.operations';

/**
 * The month-end CronJob (k8s/base/jobs/month-end-billing.yaml): charges the month just ended and, on
 * 1 September, opens the new school year. `MONTH=YYYY-MM` runs another month by hand. Safe to repeat.
 */
void runTask(billingService, async ({ dataSource, logger }) => {
  const today = kuzbassDate(new Date());
  const month = parseMonth(process.env.MONTH ?? previousMonth(today));
  const startedAt = Date.now();
  const result = await dataSource.transaction((manager) => runMonthEnd(manager, { month }));
  logger.info({ month: month.month, ...result, seconds: (Date.now() - startedAt) / 1000 }, 'month end done');
  const period = await dataSource.transaction((manager) => rollOverPeriod(manager, today));
  if (period) logger.info(period, 'school year opened');
}).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
