import type { RequestHandler } from 'express';
import { collectDefaultMetrics, register, type Registry } from 'prom-client';

/**
 * The one registry of a process: prom-client's global one, where `@pdo/events` keeps its series too.
 * Every series carries `service`; Node's default series keep their usual names (process_*, nodejs_*).
 */
export const metricsRegistry: Registry = register;

/** For a service's own series (they land in `metricsRegistry`): name them `pdo_…`, keep labels few. */
export { Counter, Gauge, Histogram } from 'prom-client';

let started = false;

/** Labels every series with the process's name and starts Node's default metrics; once per process. */
export function startProcessMetrics(service: string): void {
  if (started) return;
  started = true;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry });
}

/** GET /metrics in Prometheus' text format. Served on the process's own port; the Ingress never routes it. */
export const metricsRoute: RequestHandler = (_req, res, next) => {
  metricsRegistry.metrics().then((text) => {
    res.set('Content-Type', metricsRegistry.contentType).send(text);
  }, next);
};
