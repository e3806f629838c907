import { Counter, Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';

export const outboxPublished = new Counter({
  name: 'pdo_outbox_published_total',
  help: 'Outbox rows the relay sent to Kafka',
  labelNames: ['topic'] as const,
});

interface OutboxSample {
  backlog: number;
  oldestAgeSeconds: number;
}

/** The outboxes of the relays running in this process (one in a service; several in a test). */
const tracked = new Set<DataSource>();
let inFlight: Promise<OutboxSample> | null = null;

async function measure(): Promise<OutboxSample> {
  const samples = await Promise.all(
    [...tracked].map(async (dataSource) => {
      // the partial index outbox_unsent_idx keeps this cheap while the relay keeps up
      const [row]: { backlog: number; oldest: number }[] = await dataSource.query(
        `SELECT count(*)::int AS backlog, coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS oldest
         FROM outbox WHERE sent_at IS NULL`,
      );
      return { backlog: row.backlog, oldestAgeSeconds: Math.max(0, row.oldest) };
    }),
  );
  return {
    backlog: samples.reduce((sum, sample) => sum + sample.backlog, 0),
    oldestAgeSeconds: Math.max(0, ...samples.map((sample) => sample.oldestAgeSeconds)),
  };
}

/** One query per scrape serves both gauges: their collects start in the same tick and share it. */
function sample(): Promise<OutboxSample> {
  inFlight ??= measure().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** A database that does not answer leaves the last values; the relay's own warnings say why. */
const ignoreFailure = (update: (sample: OutboxSample) => void) => () => sample().then(update, () => undefined);

export const outboxBacklog: Gauge = new Gauge({
  name: 'pdo_outbox_backlog',
  help: 'Outbox rows not yet sent to Kafka, read from the database at each scrape',
  collect: ignoreFailure(({ backlog }) => outboxBacklog.set(backlog)),
});

export const outboxOldestAgeSeconds: Gauge = new Gauge({
  name: 'pdo_outbox_oldest_age_seconds',
  help: 'Age of the oldest outbox row not yet sent to Kafka (0 when none waits), read at each scrape',
  collect: ignoreFailure(({ oldestAgeSeconds }) => outboxOldestAgeSeconds.set(oldestAgeSeconds)),
});

/** Reports this outbox in the gauges until the returned function is called (the relay's stop). */
export function trackOutbox(dataSource: DataSource): () => void {
  tracked.add(dataSource);
  return () => {
    tracked.delete(dataSource);
  };
}
