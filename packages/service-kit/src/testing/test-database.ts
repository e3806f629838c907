import { randomBytes } from 'node:crypto';
import { eventsMigrations } from '@pdo/events';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import type { ServiceDefinition } from '../service';
import type { BaseConfig } from '../config';

/** The runner (scripts/test.ts) provides the servers and their addresses; without them tests fail rather than skip. */
export function requiredTestEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through \`npm test\`, which starts the servers`);
  return value;
}

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: requiredTestEnv('DATABASE_URL') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on DATABASE_URL's server with the service's migrations applied, dropped afterwards. */
export async function createTestDatabase<C extends BaseConfig>(definition: ServiceDefinition<C>): Promise<TestDatabase> {
  const name = `${definition.name}_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(requiredTestEnv('DATABASE_URL'));
  url.pathname = `/${name}`;
  const dataSource = createDataSource({
    url: url.toString(),
    entities: definition.entities,
    migrations: [...eventsMigrations, ...definition.migrations],
    poolSize: 20,
  });
  await dataSource.initialize();
  await dataSource.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    url: url.toString(),
    async drop() {
      await dataSource.destroy();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
