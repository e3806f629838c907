import { eventsMigrations, startOutboxRelay } from '@pdo/events';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { baseConfigSchema, loadConfig, type BaseConfig } from './config';
import { createDataSource, runMigrations, type DataSourceOptions } from './data-source';

import { createLogger, type Logger } from './logger';
import { startProcessMetrics } from './metrics/metrics.registry';
import { buildSubgraph, buildSubgraphModule, type SubgraphDefinition } from './schema';
import { startHttp, type Stoppable } from './server';
import { systemStateResolver } from './system-state/system-state.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationClass = Function;

export type ServiceName = 'identity' | 'certificates' | 'navigator' | 'billing' | 'notifications';

export interface ServiceRuntime<C extends BaseConfig = BaseConfig> {
  config: C;
  dataSource: DataSource;
  logger: Logger;
}

/** Everything that makes one subgraph; `main.ts`, `print-sdl.ts` and `migrate.ts` just pass it on. */
export interface ServiceDefinition<C extends BaseConfig = BaseConfig> {
  name: ServiceName;
  defaultPort: number;
  configSchema?: z.ZodType<C>;
  subgraph: SubgraphDefinition;
  entities: DataSourceOptions['entities'];
  /** the service's own migrations; the outbox and inbox tables come first automatically */
  migrations: MigrationClass[];
  /** plain HTTP routes beside /graphql, e.g. file downloads; each authorizes its requests itself */
  routes?: (runtime: ServiceRuntime<C>) => Router;
  /** demo data for `npm start` (SEED_DEMO=true); must be idempotent */
  seed?: (runtime: ServiceRuntime<C>) => Promise<void>;
  /** started after migrations, beside the outbox relay every service runs: event consumers, timers */
  background?: (runtime: ServiceRuntime<C>) => Promise<Stoppable[]>;
}

export function defineService<C extends BaseConfig>(definition: ServiceDefinition<C>): ServiceDefinition<C> {
  return definition;
}

/** The service's configuration from the environment (the process's, or one a test gives). */
export function readConfig<C extends BaseConfig>(definition: ServiceDefinition<C>, env: NodeJS.ProcessEnv = process.env): C {
  const schema = (definition.configSchema ?? baseConfigSchema) as z.ZodType<C>;
  return loadConfig(schema, { PORT: String(definition.defaultPort), ...env });
}

function connect<C extends BaseConfig>(definition: ServiceDefinition<C>, config: C): DataSource {
  return createDataSource({
    url: config.DATABASE_URL,
    entities: definition.entities,
    migrations: [...eventsMigrations, ...definition.migrations],
  });
}

/**
 * The replica's pool: the same entities, no migrations (a replica refuses writes; the primary migrates). A replica
 * that can't be reached at start must not keep the service down: its reads then go to the primary.
 */
async function replicaOrNone<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  url: string,
  logger: Logger,
): Promise<DataSource | undefined> {
  const replica = createDataSource({ url, entities: definition.entities, migrations: [] });
  try {
    return await replica.initialize();
  } catch (error) {
    logger.error({ err: error }, 'the read replica (DATABASE_READ_URL) is unreachable; reading from DATABASE_URL');
    return undefined;
  }
}

/** The service's own subgraph with its «Состояние системы» fields, which every service has alike. */
function subgraphOf<C extends BaseConfig>(definition: ServiceDefinition<C>, brokers: () => string[]): SubgraphDefinition {
  const { resolvers } = definition.subgraph;
  return { ...definition.subgraph, resolvers: [...resolvers, systemStateResolver(definition.name, brokers)] };
}

const BACKGROUND_ATTEMPTS = 8;

/**
 * Consumers need the broker and its topic leaders, which can lag behind when several services create
 * topics at once or Kafka is restarting; retry with backoff rather than crash, and give up after ~2 min.
 */
async function startBackground<C extends BaseConfig>(
  start: NonNullable<ServiceDefinition<C>['background']>,
  runtime: ServiceRuntime<C>,
): Promise<Stoppable[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(runtime);
    } catch (error) {
      if (attempt >= BACKGROUND_ATTEMPTS) throw error;
      const delayMs = Math.min(500 * 2 ** attempt, 30_000);
      runtime.logger.warn({ err: error, attempt, delayMs }, 'background work could not start; retrying');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** Starts a subgraph: config, migrations, demo data, background work, HTTP; stops it all on SIGTERM. */
export async function runService<C extends BaseConfig>(definition: ServiceDefinition<C>): Promise<Stoppable> {
  const logger = createLogger(definition.name);
  let config: C;
  try {
    config = readConfig(definition);
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(78); // EX_CONFIG
  }
  logger.level = config.LOG_LEVEL;
  startProcessMetrics(definition.name);
  const dataSource = connect(definition, config);
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const readDataSource = config.DATABASE_READ_URL ? await replicaOrNone(definition, config.DATABASE_READ_URL, logger) : undefined;
  const runtime: ServiceRuntime<C> = { config, dataSource, logger };
  if (process.env.SEED_DEMO === 'true' && definition.seed) await definition.seed(runtime);

  const schema = await buildSubgraph(subgraphOf(definition, () => config.KAFKA_BROKERS.split(',')));
  const http = await startHttp({
    name: definition.name,
    port: config.PORT,
    host: config.HOST,
    schema,
    dataSource,
    readDataSource,
    gatewaySecret: config.GATEWAY_SECRET,
    production: config.NODE_ENV === 'production',
    logger,
    routes: definition.routes?.(runtime),
  });
  const relay = await startOutboxRelay({
    dataSource,
    brokers: config.KAFKA_BROKERS.split(','),
    clientId: definition.name,
    logger,
  });
  const background = [relay, ...(definition.background ? await startBackground(definition.background, runtime) : [])];
  http.setReady(true);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      await http.stop();
      await Promise.allSettled(background.map((task) => task.stop()));
      await Promise.all([dataSource.destroy(), readDataSource?.destroy()]);
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
  return { stop };
}

/** Prints the subgraph SDL without starting anything (used to compose the supergraph). */
export async function printSdl<C extends BaseConfig>(definition: ServiceDefinition<C>): Promise<string> {
  return (await buildSubgraphModule(subgraphOf(definition, () => []))).sdl;
}

/** Runs pending migrations and exits (the Kubernetes migration Job). */
export async function migrateOnly<C extends BaseConfig>(definition: ServiceDefinition<C>): Promise<string[]> {
  const dataSource = connect(definition, readConfig(definition));
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Runs one batch task against the service's database and returns its result (Kubernetes CronJobs such as
 * billing's month-end). Migrations are the migration Job's work; events the task records in the outbox are
 * sent by the running service's relay.
 */
export async function runTask<C extends BaseConfig, T>(
  definition: ServiceDefinition<C>,
  task: (runtime: ServiceRuntime<C>) => Promise<T>,
): Promise<T> {
  const config = readConfig(definition);
  const logger = createLogger(definition.name);
  logger.level = config.LOG_LEVEL;
  const dataSource = connect(definition, config);
  await dataSource.initialize();
  try {
    return await task({ config, dataSource, logger });
  } finally {
    await dataSource.destroy();
  }
}
