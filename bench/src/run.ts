// `npm run bench -- <name> [flags]`: starts a fresh bench-profile PostgreSQL, Kafka and mailbox (and the
// system unless the benchmark needs only the database), runs bench/src/<name>.bench.ts, prints its table
// and writes bench/results/<name>.json.
import { readdir, mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { portOffset, startInfra } from '../../scripts/infra/infra.ts';
import {
  benchPorts,
  localSecrets,
  root,
  serviceNames,
  shiftPorts,
  startSystem,
  type RunningSystem,
} from '../../scripts/system.ts';
import { viewerHeaders, type Benchmark, type BenchContext, type BenchRow, type ServiceName } from './harness.ts';
import { startOtlpSink } from './otlp-sink.ts';

const log = (line: string) => process.stdout.write(`${line}\n`);

function table(rows: BenchRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: BenchRow[string] | undefined) => (value === undefined || value === null ? '' : String(value));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padStart(widths[i] as number)).join('  ');
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((row) => line(columns.map((c) => cell(row[c])))),
  ].join('\n');
}

async function available(): Promise<string[]> {
  const files = await readdir(import.meta.dirname);
  return files.filter((f) => f.endsWith('.bench.ts')).map((f) => f.slice(0, -'.bench.ts'.length));
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const names = await available();
  if (!name || !names.includes(name)) {
    log(`usage: npm run bench -- <name> [flags]; benchmarks: ${names.join(', ') || 'none yet'}`);
    return 2;
  }
  const { benchmark } = (await import(`./${name}.bench.ts`)) as { benchmark: Benchmark };
  log(`▶ ${name}: ${benchmark.description}`);
  process.env.LOG_LEVEL ??= 'warn';
  const ports = shiftPorts(benchPorts, portOffset('bench'));
  const infra = await startInfra({ profile: 'bench', databases: [...serviceNames], mail: true, log });
  const pools = new Map<ServiceName, pg.Pool>();
  const secrets = localSecrets({});
  const demoPassword = 'bench-demo-password';
  let system: RunningSystem | undefined;
  // `--traces`: the system runs with tracing on, its spans going to a local sink, to price tracing
  const sink = args.includes('--traces') ? await startOtlpSink() : undefined;
  try {
    const systemStarted = Date.now();
    if (benchmark.needsSystem) {
      system = await startSystem({
        ports,
        logDir: join(root, '.data', 'bench', 'logs'),
        infraEnv: infra.env,
        secrets,
        demoPassword,
        web: false,
        log,
        tracesEndpoint: sink?.endpoint,
      });
    }
    const systemStartSeconds = system ? (Date.now() - systemStarted) / 1000 : 0;
    const ctx: BenchContext = {
      gatewayUrl: system?.gatewayUrl ?? '',
      systemStartSeconds,
      pids: () => system?.pids() ?? {},
      subgraphUrl: (service) => `http://127.0.0.1:${ports.services[service]}/graphql`,
      viewerHeaders: (viewer) => viewerHeaders(viewer, secrets.GATEWAY_SECRET),
      database(service) {
        let pool = pools.get(service);
        if (!pool) {
          const url = new URL(infra.env.DATABASE_URL);
          url.pathname = `/${service}`;
          pool = new pg.Pool({ connectionString: url.toString(), max: 40 });
          pools.set(service, pool);
        }
        return pool;
      },
      mailboxUrl: infra.env.MAILBOX_URL,
      demoPassword,
      log,
      args,
    };
    const started = Date.now();
    const outcome = await benchmark.run(ctx);
    log(`\n${table(outcome.rows)}\n`);
    if (sink) outcome.summary.tracing = `on, ${Math.round(sink.receivedBytes() / 1024)} KiB of spans received`;
    for (const [key, value] of Object.entries(outcome.summary)) log(`  ${key}: ${value}`);
    const resultsDir = join(root, 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `${name}.json`);
    const machine = { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
    await writeFile(
      file,
      `${JSON.stringify({ name, at: new Date().toISOString(), seconds: (Date.now() - started) / 1000, machine, args, ...outcome }, null, 2)}\n`,
    );
    log(`\nresults: ${file}`);
    return 0;
  } finally {
    await Promise.allSettled([...pools.values()].map((pool) => pool.end()));
    await system?.stop();
    await sink?.close();
    await infra.stop();
  }
}

main()
  .catch((error: unknown) => {
    log(`✗ ${(error as Error).stack ?? String(error)}`);
    return 1;
  })
  .then((code) => process.exit(code));
