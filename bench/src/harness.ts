// What every benchmark gets: the running system, its databases, and a closed-loop load generator.
import { signViewer, type Viewer } from '@pdo/service-kit';
import pg from 'pg';
import type { serviceNames } from '../../scripts/system.ts';

export type ServiceName = (typeof serviceNames)[number];

export type BenchContext = {
  /** empty when the benchmark asked for no system */
  gatewayUrl: string;
  subgraphUrl(service: ServiceName): string;
  /** Headers a subgraph accepts directly, as if the gateway had forwarded `viewer`. */
  viewerHeaders(viewer: Partial<Viewer>): Promise<Record<string, string>>;
  /** A pool on the service's own database; closed by the runner. */
  database(service: ServiceName): pg.Pool;
  mailboxUrl: string | undefined;
  demoPassword: string;
  log(line: string): void;
  /** how long the system took to start, and its processes; empty without a system */
  systemStartSeconds: number;
  pids(): Record<string, number>;
  /** extra command-line flags, such as --quick */
  args: string[];
};

/** One line of the printed table; the same objects go to bench/results/<name>.json. */
export type BenchRow = Record<string, string | number | boolean | null>;

export type BenchOutcome = {
  rows: BenchRow[];
  /** Headline figures and whether each goal was met. */
  summary: Record<string, string | number | boolean | null>;
};

export type Benchmark = {
  description: string;
  /** false for benchmarks that only need PostgreSQL (the services are then not started) */
  needsSystem: boolean;
  run(ctx: BenchContext): Promise<BenchOutcome>;
};

export type LoadOptions = {
  concurrency: number;
  /** stop after this many tasks… */
  total?: number;
  /** …or after this long, whichever comes first */
  durationMs?: number;
  /** throws on failure; its time counts either way */
  task(index: number): Promise<void>;
};

export type LoadResult = {
  count: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The q-quantile (0…1) of ascending `sorted`, nearest-rank. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Closed-loop load: `concurrency` workers each start the next task as soon as their last one ends, so
 * throughput and latency are measured together. Latencies are in milliseconds.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { concurrency, total = Number.POSITIVE_INFINITY, durationMs = Number.POSITIVE_INFINITY } = options;
  if (!Number.isFinite(total) && !Number.isFinite(durationMs)) throw new Error('load() needs total or durationMs');
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const index = next++;
      const begun = performance.now();
      try {
        await options.task(index);
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { ...latencyStats(latencies), errors, firstError, seconds: round(seconds), rps: round(latencies.length / seconds) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Count and p50/p95/p99 of latencies in milliseconds, to a tenth. */
export function latencyStats(latencies: readonly number[]): { count: number; p50: number; p95: number; p99: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
  };
}

/** Times one operation of an arrival under its name; a throw counts as that operation's error and is rethrown. */
export type Recorder = <T>(operation: string, work: () => Promise<T>) => Promise<T>;

export type OpenLoadOptions = {
  ratePerSecond: number;
  durationMs: number;
  /** draws the gaps between arrivals (exponential, so arrivals are a Poisson stream) */
  random: () => number;
  /** how long to wait for the last arrivals to finish; what is still running then counts as an error */
  drainMs: number;
  /** One arrival: a visitor's or user's few requests, each timed with `record`. */
  arrival(index: number, record: Recorder): Promise<void>;
};

export type OperationStats = { count: number; errors: number; firstError: string | null; p50: number; p95: number; p99: number };

export type OpenLoadResult = {
  arrivals: number;
  seconds: number;
  /** how late the generator started arrivals (p95, ms): large values mean the figures say more about it than the system */
  lateP95Ms: number;
  /** operations still running when the drain ended */
  unfinished: number;
  operations: Map<string, OperationStats>;
};

/**
 * Open-loop load: arrivals start on their schedule whether or not earlier ones have finished, so a system that
 * falls behind builds a queue and its latency shows (a closed loop would slow down with it instead). The first
 * operation of an arrival is timed from its scheduled instant, so the generator's own lateness counts as waiting.
 */
export async function openLoad(options: OpenLoadOptions): Promise<OpenLoadResult> {
  const { ratePerSecond, durationMs, random, drainMs } = options;
  const latencies = new Map<string, number[]>();
  const failures = new Map<string, { errors: number; firstError: string | null }>();
  const running = new Map<number, { operation: string; since: number }>();
  const late: number[] = [];
  const inFlight = new Set<Promise<void>>();
  // errors a recorder has counted already, so an arrival's rejection is not counted twice
  const recorded = new WeakSet<object>();
  let closed = false;
  let nextRecord = 0;
  const fail = (operation: string, message: string) => {
    const entry = failures.get(operation) ?? { errors: 0, firstError: null };
    entry.errors += 1;
    entry.firstError ??= message;
    failures.set(operation, entry);
  };
  const recorderFor = (scheduledAt: number): Recorder => {
    let since: number | undefined = scheduledAt;
    return async (operation, work) => {
      const id = nextRecord++;
      const begun = since ?? performance.now();
      since = undefined;
      running.set(id, { operation, since: begun });
      try {
        return await work();
      } catch (error) {
        if (!closed) fail(operation, (error as Error).message);
        if (typeof error === 'object' && error !== null) recorded.add(error);
        throw error;
      } finally {
        running.delete(id);
        if (!closed) {
          const list = latencies.get(operation) ?? [];
          list.push(performance.now() - begun);
          latencies.set(operation, list);
        }
      }
    };
  };
  const started = performance.now();
  let at = started;
  let arrivals = 0;
  for (;;) {
    at += (-Math.log(1 - random()) / ratePerSecond) * 1000;
    if (at - started >= durationMs) break;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    late.push(performance.now() - at);
    const arrival = options.arrival(arrivals++, recorderFor(at)).catch((error: unknown) => {
      if (typeof error !== 'object' || error === null || !recorded.has(error)) fail('arrival', String(error));
    });
    inFlight.add(arrival);
    void arrival.finally(() => inFlight.delete(arrival));
  }
  const seconds = (performance.now() - started) / 1000;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))]);
  clearTimeout(timer);
  closed = true;
  const unfinished = running.size;
  for (const { operation, since } of running.values()) {
    fail(operation, `unfinished after ${Math.round((performance.now() - since) / 1000)} s`);
    const list = latencies.get(operation) ?? [];
    list.push(performance.now() - since);
    latencies.set(operation, list);
  }
  const operations = new Map<string, OperationStats>();
  for (const operation of new Set([...latencies.keys(), ...failures.keys()])) {
    const { errors, firstError } = failures.get(operation) ?? { errors: 0, firstError: null };
    operations.set(operation, { ...latencyStats(latencies.get(operation) ?? []), errors, firstError });
  }
  return { arrivals, seconds: round(seconds), lateP95Ms: latencyStats(late).p95, unfinished, operations };
}

export type GraphQLResponse<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

/** Posts one operation; throws on an HTTP failure or any GraphQL error, so load() counts it. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return dataOf<T>(response);
}

/** A visitor's query by GET, as the web client sends it (the header passes Apollo's CSRF check); throws like graphql(). */
export async function graphqlGet<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const target = new URL(url);
  target.searchParams.set('query', query);
  target.searchParams.set('variables', JSON.stringify(variables));
  return dataOf<T>(await fetch(target, { headers: { 'apollo-require-preflight': 'true' } }));
}

async function dataOf<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  if (!response.ok || body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new Error(`HTTP ${response.status}: ${first ? `${first.extensions?.code ?? ''} ${first.message}` : 'no data'}`);
  }
  return body.data;
}

/** An access token for a demo login, for calls through the gateway. */
export async function signIn(ctx: BenchContext, login: string): Promise<Record<string, string>> {
  const data = await graphql<{ signIn: { accessToken: string } }>(
    ctx.gatewayUrl,
    'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }',
    { login, password: ctx.demoPassword },
  );
  return { authorization: `Bearer ${data.signIn.accessToken}` };
}

export async function viewerHeaders(viewer: Partial<Viewer>, secret: string): Promise<Record<string, string>> {
  const full: Viewer = { userId: null, roles: [], municipalityCode: null, providerId: null, viaApiKey: false, ...viewer };
  return { 'x-pdo-viewer': await signViewer(full, secret) };
}
