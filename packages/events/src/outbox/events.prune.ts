import type { DataSource } from 'typeorm';

export interface RetentionOptions {
  /** sent outbox rows are kept this long for inspection; default 7 days */
  outboxDays?: number;
  /**
   * handled event ids are kept this long; default 90 days. It must exceed how long Kafka keeps a topic,
   * or a consumer replaying its topic from the start would handle a forgotten event again.
   */
  inboxDays?: number;
  /** rows deleted per statement, so no delete holds locks for long; default 5000 */
  batchSize?: number;
}

export interface Pruned {
  outbox: number;
  inbox: number;
}

async function deleteInBatches(dataSource: DataSource, sql: string, days: number, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const [, deleted] = (await dataSource.query(sql, [days, batchSize])) as [unknown, number];
    total += deleted;
    if (deleted < batchSize) return total;
  }
}

/** Deletes sent outbox rows and inbox ids older than their retention; unsent rows are never touched. */
export async function pruneEvents(dataSource: DataSource, options: RetentionOptions = {}): Promise<Pruned> {
  const batchSize = options.batchSize ?? 5000;
  const outbox = await deleteInBatches(
    dataSource,
    `DELETE FROM outbox WHERE seq IN (
       SELECT seq FROM outbox WHERE sent_at < now() - make_interval(days => $1) LIMIT $2)`,
    options.outboxDays ?? 7,
    batchSize,
  );
  const inbox = await deleteInBatches(
    dataSource,
    `DELETE FROM inbox WHERE event_id IN (
       SELECT event_id FROM inbox WHERE handled_at < now() - make_interval(days => $1) LIMIT $2)`,
    options.inboxDays ?? 90,
    batchSize,
  );
  return { outbox, inbox };
}
