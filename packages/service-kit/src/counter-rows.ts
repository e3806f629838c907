import type { DataSource } from 'typeorm';
import type { Logger } from './logger';
import { startPeriodic } from './periodic';
import type { Stoppable } from './server';

/**
 * A table of counters that statement triggers append to: each statement adds a row of its net change, so no
 * two transactions wait on one counter row. Reading sums the rows of a key; folding keeps one row per key.
 */
export interface CounterTable {
  readonly table: string;
  /** the columns that name a counter, in the table's column order */
  readonly keys: readonly string[];
  /** the counted columns, after the keys */
  readonly sums: readonly string[];
}

/**
 * Folds each table's rows into one row per key, dropping keys whose sums are all zero, in one statement: rows
 * appended meanwhile by other transactions are not in its snapshot and stay for the next run. Returns how many
 * rows fewer there are. Table and column names come from the service's code, never from input.
 */
export async function foldCounterRows(dataSource: DataSource, tables: readonly CounterTable[]): Promise<number> {
  const steps = tables.flatMap(({ table, keys, sums }, i) => [
    `gone_${i} AS (DELETE FROM ${table} RETURNING *)`,
    `kept_${i} AS (
       INSERT INTO ${table}
       SELECT ${[...keys, ...sums.map((sum) => `sum(${sum})`)].join(', ')} FROM gone_${i}
       GROUP BY ${keys.map((_, k) => k + 1).join(', ')}
       HAVING ${sums.map((sum) => `sum(${sum}) <> 0`).join(' OR ')}
       RETURNING 1)`,
  ]);
  const folded = tables.map((_, i) => `(SELECT count(*) FROM gone_${i}) - (SELECT count(*) FROM kept_${i})`).join(' + ');
  const [row]: { folded: number }[] = await dataSource.query(`WITH ${steps.join(', ')} SELECT (${folded})::int AS folded`);
  return row!.folded;
}

/**
 * A statement answering one row, `content`: what the table counts (the non-zero sums per key), the same before
 * and after a fold. Compared before and after a change, it says whether the change counted anything.
 */
export function counterContentQuery({ table, keys, sums }: CounterTable): string {
  const keyList = keys.join(', ');
  const sumList = sums.map((sum) => `sum(${sum})`).join(', ');
  return `SELECT coalesce(md5(string_agg(counted::text, '|' ORDER BY counted::text)), '') AS content
    FROM (SELECT ${keyList}, ${sumList} FROM ${table} GROUP BY ${keyList}
          HAVING ${sums.map((sum) => `sum(${sum}) <> 0`).join(' OR ')}) counted`;
}

/** A campaign morning appends thousands of counter rows a minute; folding each minute keeps the overviews' reads small. */
const FOLD_EVERY_MS = 60 * 1000;

/** Folds the service's counter tables every minute in the background. */
export const startCounterFolding = (dataSource: DataSource, logger: Logger, tables: readonly CounterTable[]): Stoppable =>
  startPeriodic({
    name: `folding ${tables.map(({ table }) => table).join(', ')}`,
    everyMs: FOLD_EVERY_MS,
    logger,
    run: () => foldCounterRows(dataSource, tables),
    onResult: (folded) => {
      if (folded > 0) logger.debug({ folded, tables: tables.map(({ table }) => table) }, 'counter rows folded');
    },
  });
