// How long the system takes to start from built code, and how much memory each process holds idle and
// under a public catalogue load.
import { readFile } from 'node:fs/promises';
import { graphql, load, type Benchmark, type BenchRow } from './harness.ts';

const SEARCH = `query ($filter: ProgramSearchFilter!) {
  searchPrograms(filter: $filter, first: 20) { totalCount edges { node { id title } } facets { directions { value count } } }
}`;

const filters = [
  {},
  { text: 'робототехника' },
  { text: 'роботехника' },
  { municipalityCode: '07' },
  { childAge: 9, freeSeatsOnly: true },
];

/** Resident and peak resident memory of a process, in MiB, from /proc. */
async function memory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}

export const benchmark: Benchmark = {
  description: 'seconds to ready, and resident memory per process idle and under catalogue searches',
  needsSystem: true,
  async run(ctx) {
    const pids = ctx.pids();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idle = Object.fromEntries(
      await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await memory(pid)] as const)),
    );
    const durationMs = ctx.args.includes('--quick') ? 5000 : 20_000;
    const searches = await load({
      concurrency: 16,
      durationMs,
      task: async (i) => {
        await graphql(ctx.gatewayUrl, SEARCH, { filter: filters[i % filters.length] });
      },
    });
    const loaded = Object.fromEntries(
      await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await memory(pid)] as const)),
    );
    const rows: BenchRow[] = Object.keys(pids).map((name) => ({
      process: name,
      'idle RSS MiB': idle[name]?.rss ?? null,
      'loaded RSS MiB': loaded[name]?.rss ?? null,
      'peak RSS MiB': loaded[name]?.peak ?? null,
    }));
    const sum = (pick: (row: BenchRow) => BenchRow[string]) => rows.reduce((total, row) => total + Number(pick(row)), 0);
    rows.push({
      process: 'total',
      'idle RSS MiB': sum((row) => row['idle RSS MiB']),
      'loaded RSS MiB': sum((row) => row['loaded RSS MiB']),
      'peak RSS MiB': sum((row) => row['peak RSS MiB']),
    });
    return {
      rows,
      summary: {
        'seconds to ready (services and gateway, infrastructure already up)': ctx.systemStartSeconds,
        'searches during the load': searches.count,
        'search errors': searches.errors,
        'searches/s': searches.rps,
        'search p95 ms': searches.p95,
      },
    };
  },
};
