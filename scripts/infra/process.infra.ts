// Shared by the infrastructure starters: running helper commands, owning long-lived server
// processes so none outlives its starter, and recovering from a run that was killed.
import { spawn, type SpawnOptions } from 'node:child_process';
import { open, readFile, readlink, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type CommandResult = { code: number; output: string };

/** Runs a command to its end; `output` is stdout and stderr together. ENOENT rejects. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export function isMissingCommand(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The last line of a log that mentions a failure, for a one-line error message. */
export async function lastError(file: string): Promise<string> {
  const lines = (await readFile(file, 'utf8').catch(() => '')).trim().split('\n');
  const failures = lines.filter((line) => /FATAL|ERROR|PANIC|Exception|could not/i.test(line));
  return (failures.at(-1) ?? lines.at(-1) ?? '').trim();
}

/** The last lines of a log, indented, so a failure in CI shows its cause without the file. */
export async function logTail(file: string, count = 40): Promise<string> {
  const lines = (await readFile(file, 'utf8').catch(() => '')).trimEnd().split('\n');
  return lines
    .slice(-count)
    .map((line) => `    ${line}`)
    .join('\n');
}

export type ServerProcess = {
  pid: number | undefined;
  logFile: string;
  exited: Promise<void>;
  /** Sends the stop signal, then SIGKILL when the process has not exited after the grace time. */
  stop(): Promise<void>;
};

export type ServerOptions = Pick<SpawnOptions, 'uid' | 'gid' | 'env'> & {
  /** Gets stdout and stderr; appended to, started afresh once past 20 MB. */
  logFile: string;
  signal: NodeJS.Signals;
  graceMs: number;
};

/**
 * Spawns a server that belongs to this Node process: if Node exits without stopping it, the
 * server gets its stop signal on the way out, so no stray process is left behind.
 */
export async function spawnServer(command: string, args: string[], options: ServerOptions): Promise<ServerProcess> {
  const { logFile, signal, graceMs, ...spawnOptions } = options;
  const size = await stat(logFile).then(
    (s) => s.size,
    () => 0,
  );
  const log = await open(logFile, size > 20 * 1024 * 1024 ? 'w' : 'a');
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', log.fd, log.fd] });
  await log.close();
  const onExit = (): void => void child.kill(signal);
  process.on('exit', onExit);
  // A failed spawn emits 'error' and maybe no 'exit'; either way the process is gone.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  }).then(() => void process.off('exit', onExit));
  return {
    pid: child.pid,
    logFile,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type Orphan = { pid: number; marker: string; what: string; signal: NodeJS.Signals; graceMs: number };

/**
 * Ends a server that a killed run left behind. The pid is only trusted while its command line
 * still contains `marker` (the data directory or config file), since pids get reused. A server
 * whose parent is still a running Node process belongs to another run, which is left alone.
 */
export async function stopOrphan({ pid, marker, what, signal, graceMs }: Orphan): Promise<void> {
  const alive = async (): Promise<boolean> => (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).includes(marker);
  if (!(await alive())) return;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
  const parentProgram = await readlink(`/proc/${parent}/exe`).catch(() => '');
  if (path.basename(parentProgram).startsWith('node')) {
    throw new Error(`${what} of this profile already runs as pid ${pid} for another run (pid ${parent}): stop that run first`);
  }
  process.kill(pid, signal);
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; await sleep(100)) {
    if (!(await alive())) return;
  }
  process.kill(pid, 'SIGKILL');
  while (await alive()) await sleep(100);
}

/** Fails with one line when something else already listens on `port`. */
export function assertPortFree(port: number, what: string, hint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`Port ${port} for ${what} is already in use: ${hint}`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export type WaitFailure = 'exited' | 'timed out';

/** Polls `probe` until it resolves true; fails early when the server process exits. */
export async function waitUntil(
  probe: () => Promise<boolean>,
  options: { timeoutMs: number; server: ServerProcess; failure: (reason: WaitFailure) => Promise<Error> },
): Promise<void> {
  let exited = false;
  void options.server.exited.then(() => (exited = true));
  for (const deadline = Date.now() + options.timeoutMs; Date.now() < deadline; await sleep(200)) {
    if (exited) throw await options.failure('exited');
    if (await probe()) return;
  }
  throw await options.failure('timed out');
}
