// `npm test`: build, supergraph check, unit tests, then integration, system and browser tests against
// real PostgreSQL, Kafka and SMTP started here. Ends with one line "N passed, N failed".
// `npm test -- --only=unit|integration|system [jest path patterns…]` builds and runs one phase.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startControl } from './infra/control.infra.ts';
import { portOffset, startInfra, startReadReplica } from './infra/infra.ts';
import { localSecrets, root, serviceNames, shiftPorts, startSystem, testPorts } from './system.ts';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const resultsDir = join(root, '.data', 'test', 'results');
const log = (line: string) => process.stdout.write(`${line}\n`);
/** Where the test system sends its traces (shifted like the other test ports). */
const TRACES_PORT = 4190;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd = root): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

async function step(name: string, command: string, args: string[], cwd = root): Promise<void> {
  log(`\n▶ ${name}`);
  const code = await run(command, args, process.env, cwd);
  if (code === 0) total.passed += 1;
  else {
    total.failed += 1;
    log(`✗ ${name} failed (exit ${code})`);
  }
}

type Phase = 'unit' | 'integration' | 'system';
const phases: readonly Phase[] = ['unit', 'integration', 'system'];

function parseArgs(args: string[]): { only: Phase | null; patterns: string[] } {
  const onlyArg = args.find((arg) => arg.startsWith('--only='));
  const only = onlyArg ? onlyArg.slice('--only='.length) : null;
  if (only !== null && !phases.includes(only as Phase)) throw new Error(`--only takes one of: ${phases.join(', ')}`);
  return { only: only as Phase | null, patterns: args.filter((arg) => arg !== onlyArg) };
}

const { only, patterns } = parseArgs(process.argv.slice(2));
const wanted = (phase: Phase) => only === null || only === phase;

async function jest(projects: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const outputFile = join(resultsDir, `${projects.join('-')}.json`);
  log(`\n▶ jest: ${projects.join(', ')}`);
  const code = await run(
    process.execPath,
    [
      join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--selectProjects',
      ...projects,
      '--runInBand',
      '--forceExit',
      '--json',
      `--outputFile=${outputFile}`,
      ...patterns,
    ],
    env,
  );
  const report = await readFile(outputFile, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, number>,
    () => null,
  );
  if (!report) {
    total.failed += 1;
    log(`✗ jest ${projects.join(', ')} produced no report (exit ${code})`);
    return;
  }
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  total.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numTotalTests === 0) {
    total.failed += 1;
    log(`✗ jest ${projects.join(', ')} ran no test`);
  }
}

async function main(): Promise<number> {
  await rm(resultsDir, { recursive: true, force: true });
  await mkdir(resultsDir, { recursive: true });
  const node = process.execPath;
  await step('build', node, [join(root, 'node_modules', 'turbo', 'bin', 'turbo'), 'run', 'build', '--output-logs=errors-only']);
  if (total.failed > 0) return 1;
  if (only === null) {
    await step('supergraph is composed and up to date', node, [join(root, 'gateway', 'dist', 'compose.js'), '--check']);
    await step(
      'web types are generated and up to date',
      node,
      [join(root, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'), '--config', 'codegen.ts', '--check'],
      join(root, 'web'),
    );
    await step('typecheck, tests included', node, [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.json',
    ]);
    await step('typecheck, scripts and benchmarks', node, [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.scripts.json',
    ]);
    await step('typecheck, web tests', node, [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join('web', 'tsconfig.node.json'),
    ]);
    await step('lint', node, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']);
    await step('formatting', node, [
      join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
      '--check',
      '--log-level=warn',
      '.',
    ]);
  }
  if (wanted('unit')) await jest(['unit', 'k8s']);
  if (!wanted('integration') && !wanted('system')) return total.failed === 0 ? 0 : 1;

  log('\n▶ starting PostgreSQL, Kafka, the mailbox and the Gosuslugi stand-in (test profile)');
  const ports = shiftPorts(testPorts, portOffset('test'));
  const gosuslugi = { redirectUri: `http://localhost:${ports.web}/gosuslugi/callback` };
  const infra = await startInfra({ profile: 'test', databases: [...serviceNames], mail: true, gosuslugi, log });
  try {
    // Gosuslugi is the system's; identity's Gosuslugi test signs in against the same stand-in, told it as STAND_IN_ESIA_*
    // so that in-process identities stay without one
    const testEnv = Object.entries(infra.env).map(([name, value]) => [
      name.startsWith('ESIA_') ? `STAND_IN_${name}` : name,
      value,
    ]);
    const env = { ...process.env, ...Object.fromEntries(testEnv) };
    if (wanted('integration')) await jest(['integration'], env);
    if (!wanted('system')) return total.failed === 0 ? 0 : 1;

    const demoPassword = 'test-demo-password';
    // The system runs as in k8s: navigator searches on a streaming replica (DATABASE_READ_URL). It starts after
    // the integration phase, so it never replays that phase's hundreds of throwaway databases.
    log('\n▶ starting a read replica of PostgreSQL, then the system (test profile)');
    const replica = await startReadReplica('test', infra.env.DATABASE_URL);
    // the tracing test listens here for the spans; the other tests run with tracing on and nobody listening
    const tracesPort = TRACES_PORT + portOffset('test');
    const system = await startSystem({
      tracesEndpoint: `http://127.0.0.1:${tracesPort}`,
      ports,
      logDir: join(root, '.data', 'test', 'logs'),
      infraEnv: { ...infra.env, ...replica.env },
      secrets: localSecrets({}),
      demoPassword,
      web: true,
      log,
    });
    // Fault tests SIGKILL a service and have it started again through this endpoint.
    const control = await startControl({
      port: 0,
      actions: Object.fromEntries(serviceNames.map((name) => [`/services/${name}/kill`, () => system.killAndRestart(name)])),
    });
    try {
      await jest(['system', 'browser'], {
        ...env,
        GATEWAY_URL: system.gatewayUrl,
        WEB_URL: system.webUrl ?? '',
        DEMO_PASSWORD: demoPassword,
        SYSTEM_CONTROL_URL: control.url,
        TRACES_RECEIVER_PORT: String(tracesPort),
        DATABASE_READ_URL: replica.env.DATABASE_READ_URL ?? '',
      });
    } finally {
      await control.close();
      await system.stop();
      await replica.stop();
    }
  } finally {
    await infra.stop();
  }
  return total.failed === 0 ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    log(`✗ ${(error as Error).message}`);
    total.failed += 1;
    return 1;
  })
  .then((code) => {
    log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
    process.exit(code);
  });
