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
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: latencies.length,
    errors,
    firstError,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
  };
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
