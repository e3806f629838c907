// Starts the five subgraphs, the gateway and the web app as child processes, for `npm start` and the system tests.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { InfraEnv } from './infra/infra.ts';
import { assertPortFree, logTail, spawnServer, waitUntil, type ServerProcess } from './infra/process.infra.ts';

export const root = join(import.meta.dirname, '..');
export const serviceNames = ['identity', 'certificates', 'navigator', 'billing', 'notifications'] as const;

export type Ports = { gateway: number; web: number; services: Record<(typeof serviceNames)[number], number> };

export const devPorts: Ports = {
  gateway: 4000,
  web: 8080,
  services: { identity: 4001, certificates: 4002, navigator: 4003, billing: 4004, notifications: 4005 },
};

export const testPorts: Ports = {
  gateway: 4100,
  web: 8180,
  services: { identity: 4101, certificates: 4102, navigator: 4103, billing: 4104, notifications: 4105 },
};

export const benchPorts: Ports = {
  gateway: 4200,
  web: 8280,
  services: { identity: 4201, certificates: 4202, navigator: 4203, billing: 4204, notifications: 4205 },
};

export function shiftPorts(ports: Ports, offset: number): Ports {
  const services = Object.fromEntries(Object.entries(ports.services).map(([name, port]) => [name, port + offset]));
  return { gateway: ports.gateway + offset, web: ports.web + offset, services: services as Ports['services'] };
}

export type Secrets = { GATEWAY_SECRET: string; FILES_SECRET: string; JWT_PRIVATE_KEY: string; JWT_PUBLIC_KEY: string };

/** Local runs make fresh secrets each start unless the environment brings them; nothing is committed. */
export function localSecrets(env: NodeJS.ProcessEnv = process.env): Secrets {
  if (env.GATEWAY_SECRET && env.FILES_SECRET && env.JWT_PRIVATE_KEY && env.JWT_PUBLIC_KEY) {
    return {
      GATEWAY_SECRET: env.GATEWAY_SECRET,
      FILES_SECRET: env.FILES_SECRET,
      JWT_PRIVATE_KEY: env.JWT_PRIVATE_KEY,
      JWT_PUBLIC_KEY: env.JWT_PUBLIC_KEY,
    };
  }
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
    FILES_SECRET: randomBytes(32).toString('hex'),
    JWT_PRIVATE_KEY: privateKey,
    JWT_PUBLIC_KEY: publicKey,
  };
}

/** Gosuslugi (ESIA) for identity: the local stand-in, or the real one when ESIA_ISSUER is set. */
const gosuslugiVariables = ['ESIA_ISSUER', 'ESIA_CLIENT_ID', 'ESIA_CLIENT_SECRET', 'ESIA_REDIRECT_URI'] as const;

const gosuslugiEnv = (infraEnv: SystemOptions['infraEnv']): NodeJS.ProcessEnv =>
  Object.fromEntries(gosuslugiVariables.flatMap((name) => (infraEnv[name] ? [[name, infraEnv[name]]] : [])));

export type SystemOptions = {
  ports: Ports;
  logDir: string;
  infraEnv: Pick<
    InfraEnv,
    'DATABASE_URL' | 'DATABASE_READ_URL' | 'KAFKA_BROKERS' | 'SMTP_URL' | (typeof gosuslugiVariables)[number]
  >;
  secrets: Secrets;
  demoPassword: string;
  web: boolean;
  log: (line: string) => void;
  /** an OTLP/HTTP receiver for traces; without one, tracing is off */
  tracesEndpoint?: string;
};

export type RunningSystem = {
  gatewayUrl: string;
  webUrl: string | null;
  /** SIGKILLs one service and starts it again, for the fault tests */
  killAndRestart(name: (typeof serviceNames)[number]): Promise<void>;
  /** process ids by name (the services, the gateway, the web app), for the footprint benchmark */
  pids(): Record<string, number>;
  stop(): Promise<void>;
};

const databaseUrl = (base: string, name: string) => {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
};

async function httpOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function startNode(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  readyUrl: string,
  logDir: string,
  port: number,
): Promise<ServerProcess> {
  await assertPortFree(port, name, `stop whatever listens there, or the other copy of the system`);
  const logFile = join(logDir, `${name}.log`);
  // kafkajs 2.2.4 trips a harmless Node 24 warning in its request queue.
  const server = await spawnServer(process.execPath, ['--disable-warning=TimeoutNegativeWarning', script], {
    env,
    logFile,
    signal: 'SIGTERM',
    graceMs: 10_000,
  });
  await waitUntil(() => httpOk(readyUrl), {
    timeoutMs: 120_000,
    server,
    failure: async (reason) =>
      new Error(`${name} ${reason} before it was ready; the end of ${logFile}:\n${await logTail(logFile)}`),
  });
  return server;
}

export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { ports, secrets, infraEnv } = options;
  await mkdir(options.logDir, { recursive: true });
  const base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    KAFKA_BROKERS: infraEnv.KAFKA_BROKERS,
    GATEWAY_SECRET: secrets.GATEWAY_SECRET,
    ...(options.tracesEndpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: options.tracesEndpoint, OTEL_BSP_SCHEDULE_DELAY: '500' } : {}),
  };
  const serviceEnv = (name: (typeof serviceNames)[number]): NodeJS.ProcessEnv => ({
    ...base,
    OTEL_SERVICE_NAME: name,
    PORT: String(ports.services[name]),
    DATABASE_URL: databaseUrl(infraEnv.DATABASE_URL, name),
    // the public catalogue's searches may trail the writes by a moment: navigator reads them from the replica
    ...(name === 'navigator' && infraEnv.DATABASE_READ_URL
      ? { DATABASE_READ_URL: databaseUrl(infraEnv.DATABASE_READ_URL, name) }
      : {}),
    SEED_DEMO: 'true',
    DEMO_PASSWORD: options.demoPassword,
    ...(name === 'identity' ? { JWT_PRIVATE_KEY: secrets.JWT_PRIVATE_KEY } : {}),
    ...(name === 'notifications' ? { FILES_SECRET: secrets.FILES_SECRET } : {}),
    ...(name === 'notifications' && infraEnv.SMTP_URL ? { SMTP_URL: infraEnv.SMTP_URL } : {}),
    ...(name === 'identity' ? gosuslugiEnv(infraEnv) : {}),
  });
  const startService = (name: (typeof serviceNames)[number]) =>
    startNode(
      name,
      join(root, 'services', name, 'dist', 'main.js'),
      serviceEnv(name),
      `http://127.0.0.1:${ports.services[name]}/ready`,
      options.logDir,
      ports.services[name],
    );

  const running = new Map<string, ServerProcess>();
  const stopAll = async () => {
    const all = [...running.values()].reverse();
    running.clear();
    await Promise.allSettled(all.map((server) => server.stop()));
  };
  try {
    const services = await Promise.all(serviceNames.map(async (name) => [name, await startService(name)] as const));
    for (const [name, server] of services) running.set(name, server);
    options.log(`subgraphs ready: ${serviceNames.join(', ')}`);

    const gatewayEnv: NodeJS.ProcessEnv = {
      ...base,
      OTEL_SERVICE_NAME: 'gateway',
      PORT: String(ports.gateway),
      JWT_PUBLIC_KEY: secrets.JWT_PUBLIC_KEY,
      ...Object.fromEntries(
        serviceNames.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports.services[name]}/graphql`]),
      ),
    };
    running.set(
      'gateway',
      await startNode(
        'gateway',
        join(root, 'gateway', 'dist', 'main.js'),
        gatewayEnv,
        `http://127.0.0.1:${ports.gateway}/ready`,
        options.logDir,
        ports.gateway,
      ),
    );
    const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;

    let webUrl: string | null = null;
    if (options.web) {
      const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
      await assertPortFree(ports.web, 'web', 'stop whatever listens there');
      const web = await spawnServer(
        process.execPath,
        [vite, 'preview', join(root, 'web'), '--port', String(ports.web), '--strictPort'],
        {
          env: { ...base, GATEWAY_URL: `http://127.0.0.1:${ports.gateway}` },
          logFile: join(options.logDir, 'web.log'),
          signal: 'SIGTERM',
          graceMs: 5_000,
        },
      );
      running.set('web', web);
      webUrl = `http://localhost:${ports.web}`;
      await waitUntil(() => httpOk(`http://127.0.0.1:${ports.web}/`), {
        timeoutMs: 60_000,
        server: web,
        failure: async (reason) => new Error(`web ${reason} before it was ready; see ${join(options.logDir, 'web.log')}`),
      });
    }
    return {
      gatewayUrl,
      webUrl,
      async killAndRestart(name) {
        const server = running.get(name);
        if (server?.pid) {
          process.kill(server.pid, 'SIGKILL');
          await server.exited;
        }
        running.set(name, await startService(name));
      },
      pids: () =>
        Object.fromEntries(
          [...running].flatMap(([name, server]) => (server.pid === undefined ? [] : [[name, server.pid] as const])),
        ),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
