import type { EntityManager } from 'typeorm';

export interface ReadModelRow {
  /** the read model's table; its key column is unique and it has `source_occurred_at timestamptz` */
  table: string;
  key: { column: string; value: unknown };
  /** the columns the event carries, by column name */
  values: Record<string, unknown>;
  /** columns the event may leave out (null): then the stored value stays */
  keepWhenNull?: readonly string[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Writes an event's copy of another service's record unless the copy held is newer: a dead letter replayed
 * late, or an event delivered twice, never undoes a later change. Answers whether the row was written.
 */
export async function upsertIfNewer(
  manager: EntityManager,
  { table, key, values, keepWhenNull = [] }: ReadModelRow,
  occurredAt: string,
): Promise<boolean> {
  const columns = Object.keys(values);
  for (const name of [table, key.column, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  }
  const all = [key.column, ...columns, 'source_occurred_at'];
  const placeholders = all.map((_, i) => `$${i + 1}`).join(', ');
  const updates = [...columns, 'source_occurred_at']
    .map((c) => (keepWhenNull.includes(c) ? `${c} = coalesce(EXCLUDED.${c}, ${table}.${c})` : `${c} = EXCLUDED.${c}`))
    .join(', ');
  const written = (await manager.query(
    `INSERT INTO ${table} (${all.join(', ')}) VALUES (${placeholders})
     ON CONFLICT (${key.column}) DO UPDATE SET ${updates}
     WHERE ${table}.source_occurred_at <= EXCLUDED.source_occurred_at
     RETURNING 1`,
    [key.value, ...columns.map((c) => values[c]), occurredAt],
  )) as unknown[];
  return written.length > 0;
}
