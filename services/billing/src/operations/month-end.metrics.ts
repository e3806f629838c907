import { Histogram } from '@pdo/service-kit';

/**
 * Month ends that finished in this process: a provider's own report (`provider`) and the whole month run
 * from the service (`all`). The scheduled CronJob is a process of its own that nobody scrapes; its
 * duration and failures come from kube-state-metrics (k8s/base/monitoring).
 */
export const monthEndDuration = new Histogram({
  name: 'pdo_billing_month_end_duration_seconds',
  help: 'Duration of a month-end run (charges, invoices, releases), by scope',
  labelNames: ['scope'] as const,
  buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600, 14_400],
});
