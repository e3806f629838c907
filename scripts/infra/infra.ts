// The local infrastructure of `npm start` and `npm test`: PostgreSQL, Kafka, a mailbox and a Gosuslugi stand-in.
// Each is embedded unless DATABASE_URL, KAFKA_BROKERS, SMTP_URL or ESIA_ISSUER point at an existing server.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startControl } from './control.infra.ts';
import { startGosuslugi } from './gosuslugi.infra.ts';
import { startKafka, type KafkaBroker } from './kafka.infra.ts';
import { startMail } from './mail.infra.ts';
import { ensureDatabases, startPostgres, startReplica } from './postgres.infra.ts';

export type Profile = 'dev' | 'test' | 'bench';

export const ROOT_DIR = path.resolve(import.meta.dirname, '..', '..');
export const KAFKA_CACHE_DIR = path.join(ROOT_DIR, '.cache', 'kafka');

/** Each profile has its own ports and data, so `npm start`, `npm test` and `npm run bench` can run side by side. */
export const PORTS = {
  dev: {
    postgres: 54320,
    postgresReplica: 54321,
    kafka: 9092,
    kafkaController: 9093,
    smtp: 1025,
    mailbox: 1080,
    gosuslugi: 1090,
  },
  test: {
    postgres: 54330,
    postgresReplica: 54331,
    kafka: 19092,
    kafkaController: 19093,
    smtp: 11025,
    mailbox: 11080,
    gosuslugi: 11090,
  },
  bench: {
    postgres: 54340,
    postgresReplica: 54341,
    kafka: 29092,
    kafkaController: 29093,
    smtp: 21025,
    mailbox: 21080,
    gosuslugi: 21090,
  },
} as const satisfies Record<Profile, Record<string, number>>;

/**
 * `PDO_TEST_PORT_OFFSET` and `PDO_BENCH_PORT_OFFSET` shift every port of the test and bench profiles, so
 * that two checkouts (worktrees) can run their tests or benchmarks side by side on one machine.
 */
export function portOffset(profile: Profile, env: NodeJS.ProcessEnv = process.env): number {
  if (profile === 'dev') return 0;
  const name = profile === 'test' ? 'PDO_TEST_PORT_OFFSET' : 'PDO_BENCH_PORT_OFFSET';
  const offset = Number(env[name] ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 900) throw new Error(`${name} must be a whole number from 0 to 900`);
  return offset;
}

export type InfraOptions = {
  profile: Profile;
  databases: string[];
  mail: boolean;
  /** The Gosuslugi stand-in, registered to send people back to this web address (the web's callback page). */
  gosuslugi?: { redirectUri: string };
  log?: (line: string) => void;
};

export type InfraEnv = {
  DATABASE_URL: string;
  /** A streaming replica of DATABASE_URL, once `startReadReplica` has started one. */
  DATABASE_READ_URL?: string;
  KAFKA_BROKERS: string;
  /** With the embedded broker only, for tests in other processes: POST /kafka/stop and /kafka/start (control.infra.ts). */
  KAFKA_CONTROL_URL?: string;
  SMTP_URL?: string;
  MAILBOX_URL?: string;
  ESIA_ISSUER?: string;
  ESIA_CLIENT_ID?: string;
  ESIA_CLIENT_SECRET?: string;
  ESIA_REDIRECT_URI?: string;
};

/** The embedded broker, for fault tests: stop it mid-stream, then start it again on the same data. */
export type EmbeddedKafka = { stop(): Promise<void>; start(): Promise<void> };

export type Infra = {
  env: InfraEnv;
  /** Absent when KAFKA_BROKERS points at a broker this process does not own. */
  kafka?: EmbeddedKafka;
  stop(): Promise<void>;
};

type Part = { summary: string; env: Partial<InfraEnv>; kafka?: EmbeddedKafka; stop(): Promise<void> };

const nothingToStop = async (): Promise<void> => undefined;

function profilePorts(profile: Profile): Record<keyof (typeof PORTS)['test'], number> {
  const offset = portOffset(profile);
  return Object.fromEntries(Object.entries(PORTS[profile]).map(([name, port]) => [name, port + offset])) as Record<
    keyof (typeof PORTS)['test'],
    number
  >;
}

/**
 * A streaming replica of the profile's embedded PostgreSQL (started by `startInfra`), for the services'
 * DATABASE_READ_URL. With DATABASE_URL given from outside, DATABASE_READ_URL is taken from there too, or none.
 */
export async function startReadReplica(
  profile: Profile,
  primaryUrl: string,
): Promise<{ env: Pick<InfraEnv, 'DATABASE_READ_URL'>; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const external = process.env.DATABASE_READ_URL;
    return { env: external ? { DATABASE_READ_URL: external } : {}, stop: nothingToStop };
  }
  const dataDir = path.join(ROOT_DIR, '.data', profile);
  const replica = await startReplica({
    primary: { url: primaryUrl, dataDir: path.join(dataDir, 'postgres') },
    dataDir: path.join(dataDir, 'postgres-replica'),
    port: profilePorts(profile).postgresReplica,
  });
  return { env: { DATABASE_READ_URL: replica.url }, stop: replica.stop };
}

/** Starts what is missing, in parallel; on any failure stops what did start and rethrows. */
export async function startInfra(opts: InfraOptions): Promise<Infra> {
  const log = opts.log ?? ((): void => undefined);
  const ports = profilePorts(opts.profile);
  const dataDir = path.join(ROOT_DIR, '.data', opts.profile);
  // Tests and benchmarks start from empty data every run; development data is kept between runs.
  const fresh = opts.profile !== 'dev';
  const timed = async (start: () => Promise<Part>): Promise<Part> => {
    const begun = performance.now();
    const part = await start();
    log(`${part.summary}: ready in ${((performance.now() - begun) / 1000).toFixed(1)} s`);
    return part;
  };

  const database = async (): Promise<Part> => {
    const external = process.env.DATABASE_URL;
    if (external) {
      await ensureDatabases(external, opts.databases).catch((error: unknown) => {
        throw new Error(`Can't prepare the databases on DATABASE_URL (${new URL(external).host}): ${(error as Error).message}`);
      });
      return {
        summary: `PostgreSQL from DATABASE_URL (${new URL(external).host})`,
        env: { DATABASE_URL: external },
        stop: nothingToStop,
      };
    }
    const server = await startPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: ports.postgres,
      databases: opts.databases,
      fresh,
    });
    return { summary: `PostgreSQL on 127.0.0.1:${ports.postgres}`, env: { DATABASE_URL: server.url }, stop: server.stop };
  };

  const kafka = async (): Promise<Part> => {
    const external = process.env.KAFKA_BROKERS;
    if (external)
      return { summary: `Kafka from KAFKA_BROKERS (${external})`, env: { KAFKA_BROKERS: external }, stop: nothingToStop };
    const options = {
      dataDir: path.join(dataDir, 'kafka'),
      port: ports.kafka,
      controllerPort: ports.kafkaController,
      cacheDir: KAFKA_CACHE_DIR,
    };
    let broker: KafkaBroker = await startKafka({ ...options, fresh });
    const control: EmbeddedKafka = {
      stop: () => broker.stop(),
      async start() {
        await broker.stop();
        broker = await startKafka(options);
      },
    };
    const remote = await startControl({ port: 0, actions: { '/kafka/stop': control.stop, '/kafka/start': control.start } });
    const stop = async (): Promise<void> => {
      await remote.close();
      await broker.stop();
    };
    return {
      summary: `Kafka on ${broker.brokers}`,
      env: { KAFKA_BROKERS: broker.brokers, KAFKA_CONTROL_URL: remote.url },
      kafka: control,
      stop,
    };
  };

  const mail = async (): Promise<Part> => {
    const external = process.env.SMTP_URL;
    if (external) {
      const mailbox = process.env.MAILBOX_URL;
      const env = mailbox ? { SMTP_URL: external, MAILBOX_URL: mailbox } : { SMTP_URL: external };
      return { summary: `Mail from SMTP_URL (${new URL(external).host})`, env, stop: nothingToStop };
    }
    const server = await startMail({ smtpPort: ports.smtp, webPort: ports.mailbox });
    return {
      summary: `Mailbox on ${server.smtpUrl} and ${server.webUrl}`,
      env: { SMTP_URL: server.smtpUrl, MAILBOX_URL: server.webUrl },
      stop: server.stop,
    };
  };

  const gosuslugi = async (redirectUri: string): Promise<Part> => {
    const external = process.env.ESIA_ISSUER;
    if (external) {
      const given = ['ESIA_CLIENT_ID', 'ESIA_CLIENT_SECRET', 'ESIA_REDIRECT_URI'] as const;
      const env = Object.fromEntries(given.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
      return {
        summary: `Gosuslugi from ESIA_ISSUER (${new URL(external).host})`,
        env: { ...env, ESIA_ISSUER: external },
        stop: nothingToStop,
      };
    }
    // The stand-in's client secret is made anew at each start, like the other local secrets.
    const client = { clientId: 'pdo-local', clientSecret: randomBytes(32).toString('hex') };
    const server = await startGosuslugi({ port: ports.gosuslugi, redirectUri, ...client });
    return {
      summary: `Gosuslugi stand-in on ${server.issuer}`,
      env: {
        ESIA_ISSUER: server.issuer,
        ESIA_CLIENT_ID: client.clientId,
        ESIA_CLIENT_SECRET: client.clientSecret,
        ESIA_REDIRECT_URI: redirectUri,
      },
      stop: server.stop,
    };
  };

  const starting = [timed(database), timed(kafka)];
  if (opts.mail) starting.push(timed(mail));
  const standIn = opts.gosuslugi;
  if (standIn) starting.push(timed(() => gosuslugi(standIn.redirectUri)));
  const results = await Promise.allSettled(starting);
  const parts = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = async (): Promise<void> => void (await Promise.all(parts.map((part) => part.stop())));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const env = Object.assign({}, ...parts.map((part) => part.env)) as InfraEnv;
  return { env, kafka: parts.find((part) => part.kafka)?.kafka, stop };
}
