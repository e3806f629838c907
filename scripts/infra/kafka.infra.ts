// A single-node Apache Kafka broker for local runs: KRaft mode, broker and controller in one
// JVM, started with `java` from jars that Maven fetches once into a cache folder.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { assertPortFree, isMissingCommand, lastError, run, spawnServer, stopOrphan, waitUntil } from './process.infra.ts';

const POM = path.join(import.meta.dirname, 'kafka', 'pom.xml');
const OR_EXTERNAL = 'or set KAFKA_BROKERS to an existing broker';
const SELF_CHECK = 'infra.self-check';
// C1 only: on two busy cores the C2 compiler threads more than double the start-up time, and a
// local broker's load never needs C2's peak speed.
const JVM_OPTIONS = [
  '-Xms128m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:TieredStopAtLevel=1',
  '-XX:+ExitOnOutOfMemoryError',
];
const LOG4J = `log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
`;

export type KafkaOptions = {
  dataDir: string;
  port: number;
  controllerPort: number;
  cacheDir: string;
  /** Throwaway data (tests): start from an empty directory. */
  fresh?: boolean;
};

export type KafkaBroker = { brokers: string; stop(): Promise<void> };

/** Fetches the broker's jars once (Maven, from the pom beside this file); returns their folder. */
export async function fetchKafkaJars(cacheDir: string): Promise<string> {
  const pom = await readFile(POM);
  // Keyed by the pom's content, so changing a version fetches anew.
  const digest = createHash('sha256').update(pom).digest('hex').slice(0, 12);
  const dir = path.join(path.resolve(cacheDir), `jars-${digest}`);
  if (existsSync(dir)) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  const args = ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`];
  const maven = await run('mvn', args).catch((error: unknown) => {
    throw isMissingCommand(error)
      ? new Error(`Kafka's jars are not fetched yet and Maven is missing: apt-get install -y maven, ${OR_EXTERNAL}`)
      : error;
  });
  if (maven.code !== 0) {
    await rm(partial, { recursive: true, force: true });
    const reason = maven.output.split('\n').find((line) => line.includes('[ERROR]')) ?? `exit code ${maven.code}`;
    throw new Error(`Maven could not fetch Kafka's jars: ${reason.trim()}`);
  }
  // A run started at the same time may have finished the same fetch first; either copy will do.
  await rename(partial, dir).catch(() => rm(partial, { recursive: true, force: true }));
  return dir;
}

export async function startKafka(opts: KafkaOptions): Promise<KafkaBroker> {
  await assertJava();
  const jars = await fetchKafkaJars(opts.cacheDir);
  const dataDir = path.resolve(opts.dataDir);
  const config = path.join(dataDir, 'server.properties');
  const pidFile = path.join(dataDir, 'kafka.pid');
  const logDirs = path.join(dataDir, 'logs');
  await stopStaleBroker(pidFile, config);
  if (opts.fresh) await rm(dataDir, { recursive: true, force: true });
  for (const port of [opts.port, opts.controllerPort]) {
    await assertPortFree(port, 'Kafka', `stop what uses it, ${OR_EXTERNAL}`);
  }
  await mkdir(dataDir, { recursive: true });
  await writeFile(config, serverProperties(opts, logDirs));
  await writeFile(path.join(dataDir, 'log4j.properties'), LOG4J);
  const classpath = ['-cp', `${jars}/*`, `-Dlog4j.configuration=file:${path.join(dataDir, 'log4j.properties')}`];

  const formatted = existsSync(path.join(logDirs, 'meta.properties'));
  if (!formatted) {
    await rm(logDirs, { recursive: true, force: true }); // what an interrupted format left
    const tool = ['-Xmx128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', ...classpath, 'kafka.tools.StorageTool'];
    const { code, output } = await run('java', [...tool, 'format', '--config', config, '--cluster-id', clusterId()]);
    if (code !== 0) throw new Error(`Kafka could not format ${logDirs}: ${output.trim().split('\n').at(-1)}`);
  }

  const server = await spawnServer('java', [...JVM_OPTIONS, ...classpath, 'kafka.Kafka', config], {
    logFile: path.join(dataDir, 'kafka.log'),
    signal: 'SIGTERM',
    graceMs: 30_000,
  });
  await writeFile(pidFile, String(server.pid));
  const brokers = `127.0.0.1:${opts.port}`;
  try {
    await waitUntil(() => isReady(brokers), {
      timeoutMs: 90_000,
      server,
      failure: async (reason) =>
        new Error(`Kafka ${reason} before accepting clients: ${await lastError(server.logFile)} (log: ${server.logFile})`),
    });
    if (!formatted) await checkConsumerGroup(brokers, server.logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    brokers,
    async stop() {
      await server.stop();
      await rm(pidFile, { force: true });
    },
  };
}

async function assertJava(): Promise<void> {
  const fix = `Kafka needs Java 17+: apt-get install -y openjdk-17-jre-headless, ${OR_EXTERNAL}`;
  const { output } = await run('java', ['-version']).catch((error: unknown) => {
    throw isMissingCommand(error) ? new Error(fix) : error;
  });
  const major = Number(/version "(\d+)/.exec(output)?.[1]);
  if (!(major >= 17)) throw new Error(`${fix} (found: ${output.split('\n')[0]})`);
}

/** A killed run may have left its broker running; it would hold the ports and the log dirs. */
async function stopStaleBroker(pidFile: string, config: string): Promise<void> {
  const pid = Number(await readFile(pidFile, 'utf8').catch(() => ''));
  if (pid) await stopOrphan({ pid, marker: config, what: 'Kafka', signal: 'SIGTERM', graceMs: 30_000 });
}

/** A KRaft cluster id: 16 random bytes in URL-safe base64, which Kafka won't accept with a leading '-'. */
function clusterId(): string {
  const id = randomBytes(16).toString('base64url');
  return id.startsWith('-') ? clusterId() : id;
}

function serverProperties(opts: KafkaOptions, logDirs: string): string {
  const settings: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${opts.controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${opts.port},CONTROLLER://127.0.0.1:${opts.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${opts.port}`,
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'log.dirs': logDirs,
    'num.partitions': 3,
    'auto.create.topics.enable': true,
    // One node: internal topics can't have more than one replica; fewer partitions start faster.
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 10,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'transaction.state.log.num.partitions': 10,
    'group.initial.rebalance.delay.ms': 0,
    // Sized for a laptop: the compaction buffer alone would take 128 MB of heap by default.
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
    'num.network.threads': 2,
    'num.io.threads': 4,
  };
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}

async function isReady(brokers: string): Promise<boolean> {
  const admin = new Kafka({
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    return (await admin.describeCluster()).brokers.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Run once per fresh broker: kafkajs 2.2.4, as the services use it, creates a topic, produces,
 * and consumes in a consumer group. It also creates the offsets topic, so the services' own
 * first group joins are quick.
 */
async function checkConsumerGroup(brokers: string, logFile: string): Promise<void> {
  const kafka = new Kafka({ clientId: SELF_CHECK, brokers: [brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId: SELF_CHECK });
  try {
    await Promise.all([admin.connect(), producer.connect(), consumer.connect()]);
    await admin.createTopics({ topics: [{ topic: SELF_CHECK, numPartitions: 1 }] });
    await producer.send({ topic: SELF_CHECK, messages: [{ value: 'ping' }] });
    await consumer.subscribe({ topics: [SELF_CHECK], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Kafka started, but a kafkajs consumer group got no message within 30 s (log: ${logFile})`)),
        30_000,
      );
      const received = async (): Promise<void> => {
        clearTimeout(timer);
        resolve();
      };
      consumer.run({ eachMessage: received }).catch(reject);
    });
    await consumer.disconnect();
    await admin.deleteGroups([SELF_CHECK]);
    await admin.deleteTopics({ topics: [SELF_CHECK] });
  } finally {
    await Promise.all([admin.disconnect(), producer.disconnect(), consumer.disconnect()]);
  }
}
