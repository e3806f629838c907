import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { eventsMigrations } from '../../src/outbox/events.migration';
import { requiredEnv, uniqueName } from './environment.fixture';

export interface TestDatabase {
  dataSource: DataSource;
  /** The rows the test handler wrote, in the order it handled them. */
  effects(): Promise<{ eventId: string; aggregateId: string; n: number }[]>;
  /** Cuts every connection and refuses new ones (true), or lets them in again (false). */
  refuseConnections(refuse: boolean): Promise<void>;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: requiredEnv('DATABASE_URL') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on DATABASE_URL's server with the events migrations and an `effects` table. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = uniqueName('events_test');
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(requiredEnv('DATABASE_URL'));
  url.pathname = `/${name}`;
  const dataSource = new DataSource({ type: 'postgres', url: url.toString(), migrations: eventsMigrations, extra: { max: 10 } });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query(
    'CREATE TABLE effects (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, aggregate_id text NOT NULL, n integer NOT NULL)',
  );
  return {
    dataSource,
    async effects() {
      const rows: { event_id: string; aggregate_id: string; n: number }[] = await dataSource.query(
        'SELECT event_id, aggregate_id, n FROM effects ORDER BY seq',
      );
      return rows.map((row) => ({ eventId: row.event_id, aggregateId: row.aggregate_id, n: row.n }));
    },
    async refuseConnections(refuse) {
      await onServer(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${!refuse}`);
      if (refuse) await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    },
    async drop() {
      await dataSource.destroy();
      await onServer(`DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}
