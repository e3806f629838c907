// The public catalogue under load: 34 municipalities, 1 500 providers, 15 000 programs and 30 000 groups
// with Russian titles and descriptions, and a fixed mix of searches (typos, word forms, filters, facets,
// second pages, three orders) at 32 clients through (a) the gateway, (b) the navigator subgraph directly,
// (c) the same SQL straight on PostgreSQL, and (c0) the statement as it was before catalogue_facets, as the
// baseline of (c). Then (z) the campaign morning's browsing: 5 000 distinct searches asked with Zipf frequencies
// by visitors through the gateway (by GET, as the web client sends them) and on the subgraph, while seats are
// taken and programs published five times a second. `--explain` adds each search's median time on both
// statements and the plans of the costliest.
import type pg from 'pg';
import type { SearchPosition, SearchSort } from '../../services/navigator/src/search/search-cursor.ts';
import {
  effectiveSort,
  positionOf,
  searchStatement,
  typoTolerance,
  type SearchFilter,
  type SearchRow,
  type SqlStatement,
} from '../../services/navigator/src/search/search.sql.ts';
import { baselineSearchStatement } from './catalog-search.baseline.ts';
import {
  SEARCH_PAGE as PAGE,
  SEARCH_PROGRAMS as QUERY,
  seededRandom,
  zipfSearches,
  zipfAsker,
  type SearchSend,
  type SearchAnswer as Answer,
} from './catalog-search.zipf.ts';
import { seedCatalogue, typedWords, writeCatalogue, type CatalogueWrites } from './catalogue.seed.ts';
import {
  graphql,
  graphqlGet,
  load,
  median,
  type Benchmark,
  type BenchContext,
  type BenchRow,
  type LoadResult,
} from './harness.ts';

const CONCURRENCY = 32;
const ZIPF_SEARCHES = 5000;
/** Catalogue writes a second during the Zipf rounds. */
const WRITES_PER_SECOND = 5;

type Search = { filter: SearchFilter; sort?: SearchSort; secondPage?: boolean };

/** The fixed mix: what parents type (with typos and word forms), filter, and page through. */
const mix: Search[] = [
  { filter: {} },
  { filter: { text: 'роботехника' } },
  { filter: { text: 'робототехника' }, secondPage: true },
  { filter: { text: 'програмирование питон' } },
  { filter: { text: 'шахмоты' } },
  { filter: { text: 'хареография' } },
  { filter: { text: 'вокал' } },
  { filter: { text: 'футбол', municipalityCode: '01' } },
  { filter: { text: 'английскому языку' } },
  { filter: { text: 'рисование акварелью', childAge: 8 } },
  { filter: { text: 'туризм походы' }, sort: 'price' },
  { filter: { text: 'плавание', freeSeatsOnly: true } },
  { filter: { municipalityCode: '07' } },
  { filter: { municipalityCode: '02', direction: 'sports' }, secondPage: true },
  { filter: { direction: 'technical', childAge: 12 }, sort: 'price' },
  { filter: { childAge: 9, freeSeatsOnly: true } },
  { filter: { dayOfWeek: 6, municipalityCode: '01' } },
  { filter: { maxPriceKopecks: 100_000, payableByCertificate: true } },
  { filter: { payableByCertificate: true, childAge: 14, direction: 'arts' }, sort: 'title' },
  { filter: {}, sort: 'price', secondPage: true },
  { filter: {}, secondPage: true },
  { filter: { text: 'кострукторы лего', municipalityCode: '04', childAge: 7 } },
  { filter: { direction: 'science', dayOfWeek: 3, freeSeatsOnly: true } },
  { filter: { text: 'театр', maxPriceKopecks: 150_000 }, sort: 'price' },
];

/** One search as each path runs it: variables for GraphQL, the position for SQL's second page. */
type Prepared = { variables: Record<string, unknown>; sort: SearchSort; after: SearchPosition | null; total: number };

async function prepare(ctx: BenchContext, pool: pg.Pool): Promise<Prepared[]> {
  const headers = await ctx.viewerHeaders({});
  return Promise.all(
    mix.map(async ({ filter, sort, secondPage }) => {
      const order = effectiveSort(filter, sort);
      const variables: Record<string, unknown> = { filter, first: PAGE, sort: sort ?? null };
      const first = await graphql<Answer>(ctx.subgraphUrl('navigator'), QUERY, variables, headers);
      if (!secondPage) return { variables, sort: order, after: null, total: first.searchPrograms.totalCount };
      const statement = searchStatement(filter, order, null, PAGE);
      const [row] = (await pool.query<SearchRow>(statement.text, statement.values)).rows;
      const last = row?.page[PAGE - 1];
      if (!last) throw new Error(`search ${JSON.stringify(filter)} has no second page`);
      return {
        variables: { ...variables, after: first.searchPrograms.pageInfo.endCursor },
        sort: order,
        after: positionOf(last, order),
        total: first.searchPrograms.totalCount,
      };
    }),
  );
}

type StatementOf = typeof searchStatement;

const statementFor = (statementOf: StatementOf, { variables, sort, after }: Prepared) =>
  statementOf(variables.filter as SearchFilter, sort, after, PAGE);

/** The statements the subgraph sends for one search: the search (with the page's programs), then their providers. */
async function sql(pool: pg.Pool, prepared: Prepared, statementOf: StatementOf): Promise<void> {
  const filter = prepared.variables.filter as SearchFilter;
  const statement = statementFor(statementOf, prepared);
  const row = filter.text
    ? await tolerantSearch(pool, statement)
    : (await pool.query<SearchRow>(statement.text, statement.values)).rows[0];
  const providerIds = [...new Set((row?.page ?? []).slice(0, PAGE).map((p) => p.program.provider_id))];
  if (providerIds.length > 0) await pool.query('SELECT * FROM providers WHERE id = ANY ($1::uuid[])', [providerIds]);
}

/** A text search runs in its own transaction with the typo tolerance, as the subgraph runs it. */
async function tolerantSearch(pool: pg.Pool, statement: SqlStatement): Promise<SearchRow | undefined> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(typoTolerance.text);
    const { rows } = await client.query<SearchRow>(statement.text, statement.values);
    await client.query('COMMIT');
    return rows[0];
  } finally {
    client.release();
  }
}

const ms = (n: number) => Math.round(n * 10) / 10;

/** Runs one statement as the subgraph does (text with the typo tolerance), `prefix` before it (e.g. EXPLAIN). */
async function runStatement(pool: pg.Pool, statement: SqlStatement, text: boolean, prefix = ''): Promise<unknown[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (text) await client.query(typoTolerance.text);
    const { rows } = await client.query(prefix + statement.text, statement.values);
    await client.query('COMMIT');
    return rows;
  } finally {
    client.release();
  }
}

/** Each search alone on both statements (median of 7), then the plans of the three costliest on the old one. */
async function explain(ctx: BenchContext, pool: pg.Pool, searches: Prepared[]): Promise<BenchRow[]> {
  const timed = [];
  for (const [i, search] of searches.entries()) {
    const text = Boolean((search.variables.filter as SearchFilter).text);
    const time = async (statementOf: StatementOf) => {
      const times: number[] = [];
      for (let n = 0; n < 7; n += 1) {
        const started = performance.now();
        await runStatement(pool, statementFor(statementOf, search), text);
        times.push(performance.now() - started);
      }
      return median(times);
    };
    timed.push({ i, search, text, baseline: await time(baselineSearchStatement), current: await time(searchStatement) });
  }
  for (const { i, search, text } of [...timed].sort((x, y) => y.baseline - x.baseline).slice(0, 3)) {
    for (const [name, statementOf] of [
      ['baseline', baselineSearchStatement],
      ['current', searchStatement],
    ] as const) {
      const plan = await runStatement(pool, statementFor(statementOf, search), text, 'EXPLAIN (ANALYZE, BUFFERS) ');
      const lines = plan.map((row) => (row as Record<string, string>)['QUERY PLAN']).join('\n');
      ctx.log(`--- search ${i} ${JSON.stringify(search.variables)} on the ${name} statement:\n${lines}`);
    }
  }
  return timed.map(({ i, search, baseline, current }) => ({
    round: 'explain',
    path: `search ${i}`,
    filter: JSON.stringify(search.variables.filter),
    'c0 ms': ms(baseline),
    'c ms': ms(current),
    'c0/c': ratio(baseline, current),
  }));
}
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export const benchmark: Benchmark = {
  description: 'catalogue search at 32 clients: through the gateway, on the navigator subgraph, and as raw SQL',
  needsSystem: true,
  async run(ctx) {
    const quick = ctx.args.includes('--quick');
    const durationMs = quick ? 4000 : 15_000;
    const rounds = quick ? 1 : 3;
    const pool = ctx.database('navigator');
    const seeded = performance.now();
    await seedCatalogue(pool);
    ctx.log(`seeded in ${ms((performance.now() - seeded) / 1000)} s`);
    const searches = await prepare(ctx, pool);
    ctx.log(`matches per search: ${searches.map((s) => s.total).join(', ')}`);
    // Signed viewer headers live 60 s: each measurement signs afresh, as the gateway signs every request.
    let subgraphHeaders = await ctx.viewerHeaders({});
    const pick = (i: number) => searches[i % searches.length] as Prepared;
    const paths: [string, (i: number) => Promise<void>][] = [
      ['a gateway', async (i) => void (await graphql(ctx.gatewayUrl, QUERY, pick(i).variables))],
      ['b subgraph', async (i) => void (await graphql(ctx.subgraphUrl('navigator'), QUERY, pick(i).variables, subgraphHeaders))],
      ['c0 SQL baseline', (i) => sql(pool, pick(i), baselineSearchStatement)],
      ['c SQL', (i) => sql(pool, pick(i), searchStatement)],
    ];
    // Warm every path (JIT, plans, caches) before measuring.
    for (const [, task] of paths) await load({ concurrency: CONCURRENCY, total: searches.length * 4, task });
    const zipf = zipfSearches(ZIPF_SEARCHES, typedWords, seededRandom(42));
    const zipfTask = (send: SearchSend) => {
      const ask = zipfAsker(zipf);
      return () => ask(send);
    };
    const throughGateway = () => zipfTask((variables) => graphqlGet<Answer>(ctx.gatewayUrl, QUERY, variables));
    const zipfPaths: [string, () => (i: number) => Promise<void>, CatalogueWrites][] = [
      ['z gateway (Zipf, writes)', throughGateway, 'mixed'],
      [
        'z subgraph (Zipf, writes)',
        () => zipfTask((variables) => graphql<Answer>(ctx.subgraphUrl('navigator'), QUERY, variables, subgraphHeaders)),
        'mixed',
      ],
      ['z gateway (Zipf, seats taken)', throughGateway, 'seats'],
    ];

    const results: Record<string, LoadResult[]> = Object.fromEntries(paths.map(([name]) => [name, []]));
    const rows: BenchRow[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const [name, task] of paths) {
        subgraphHeaders = await ctx.viewerHeaders({});
        const result = await load({ concurrency: CONCURRENCY, durationMs, task });
        if (result.errors > 0) ctx.log(`${name}: ${result.errors} errors, first: ${result.firstError}`);
        results[name]!.push(result);
        rows.push({ round, path: name, requests: result.count, errors: result.errors, 'req/s': result.rps, ...pick3(result) });
      }
      for (const [name, task, kind] of zipfPaths) {
        subgraphHeaders = await ctx.viewerHeaders({});
        let stop = () => {};
        const writer = writeCatalogue(pool, new Promise<void>((resolve) => (stop = resolve)), kind, WRITES_PER_SECOND);
        const result = await load({ concurrency: CONCURRENCY, durationMs, task: task() });
        stop();
        const writes = await writer;
        if (result.errors > 0) ctx.log(`${name}: ${result.errors} errors, first: ${result.firstError}`);
        (results[name] ??= []).push(result);
        rows.push({
          round,
          path: name,
          requests: result.count,
          errors: result.errors,
          'req/s': result.rps,
          writes,
          ...pick3(result),
        });
      }
      const [a, b, c0, c] = paths.map(([name]) => results[name]!.at(-1)!);
      rows.push({
        round,
        path: 'ratios',
        'a/b': ratio(a!.rps, b!.rps),
        'b/c': ratio(b!.rps, c!.rps),
        'c/c0': ratio(c!.rps, c0!.rps),
      });
    }
    const med = (name: string, key: 'rps' | 'p50' | 'p95' | 'p99') => median(results[name]!.map((r) => r[key]));
    const ratios = (x: string, y: string) => median(results[x]!.map((r, i) => ratio(r.rps, results[y]![i]!.rps)));
    for (const [name] of [...paths, ...zipfPaths]) {
      rows.push({
        round: 'median',
        path: name,
        'req/s': med(name, 'rps'),
        'p50 ms': med(name, 'p50'),
        'p95 ms': med(name, 'p95'),
        'p99 ms': med(name, 'p99'),
      });
    }
    const gatewayP95 = med('a gateway', 'p95');
    const zipfGatewayP95 = med('z gateway (Zipf, writes)', 'p95');
    const ab = ratios('a gateway', 'b subgraph');
    const bc = ratios('b subgraph', 'c SQL');
    const sqlGain = ratios('c SQL', 'c0 SQL baseline');
    if (ctx.args.includes('--explain')) rows.push(...(await explain(ctx, pool, searches)));
    return {
      rows,
      summary: {
        'gateway req/s (median)': med('a gateway', 'rps'),
        'gateway p95 ms (median)': gatewayP95,
        'subgraph req/s (median)': med('b subgraph', 'rps'),
        'SQL req/s (median)': med('c SQL', 'rps'),
        'SQL baseline req/s (median)': med('c0 SQL baseline', 'rps'),
        'a/b (median of rounds)': ab,
        'b/c (median of rounds)': bc,
        'c/c0 (median of rounds)': sqlGain,
        'Zipf with writes: gateway req/s (median)': med('z gateway (Zipf, writes)', 'rps'),
        'Zipf with writes: gateway p95 ms (median)': zipfGatewayP95,
        'Zipf with writes: subgraph p95 ms (median)': med('z subgraph (Zipf, writes)', 'p95'),
        'Zipf with seats taken: gateway req/s (median)': med('z gateway (Zipf, seats taken)', 'rps'),
        'Zipf with seats taken: gateway p95 ms (median)': med('z gateway (Zipf, seats taken)', 'p95'),
        'goal p95 via gateway ≤ 50 ms': gatewayP95 <= 50,
        'goal p95 via gateway ≤ 50 ms, Zipf with writes': zipfGatewayP95 <= 50,
        'goal a/b ≥ 0.6': ab >= 0.6,
        'goal b/c ≥ 0.5': bc >= 0.5,
        'goal c/c0 ≥ 3': sqlGain >= 3,
        errors: Object.values(results)
          .flat()
          .reduce((sum, r) => sum + r.errors, 0),
      },
    };
  },
};

function pick3(result: LoadResult): BenchRow {
  return { 'p50 ms': result.p50, 'p95 ms': result.p95, 'p99 ms': result.p99 };
}
