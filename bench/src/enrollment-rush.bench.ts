// The enrolment campaign opening, in two cases through the gateway, each checked the same way: every
// request must be answered (an enrolment or NO_SEATS_LEFT), no group oversold, no money reserved twice or
// past a balance; the saga latency is the time from the request to billing's answer.
// - `rush`: 200 groups × 10 seats and 20 000 children with activated certificates whose parents all enrol
//   at once (200 at a time);
// - `hot-group`: 1 000 parents ask for one popular 50-seat group at the same moment.
// `--case=rush` or `--case=hot-group` runs only that case; the hot group runs first, on a quiet system.
// `--hot-concurrency=N` sends the hot group's requests N at a time instead of all at once.
import { randomUUID } from 'node:crypto';
import { load, percentile, signIn, sleep, type Benchmark, type BenchContext, type BenchRow } from './harness.ts';
import { seedFundedCertificates } from './families.seed.ts';
import { publishGroups } from './published-groups.ts';
import { uuidFrom } from './seed-ids.ts';

const GROUPS_PER_PROGRAM = 10;
const PROGRAMS = 20;
const SEATS = 10;
const CHILDREN = 20_000;
const PARENTS = 20;
const CONCURRENCY = 200;
const HOT_SEATS = 50;
const HOT_REQUESTS = 1_000;

type CaseName = 'rush' | 'hot-group';

const REQUEST = 'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id status } }';

/**
 * The families, set-based: parents who sign in with the demo password, and their children with active
 * certificates as navigator and billing already know them from identity's and certificates' events.
 */
async function seedFamilies(ctx: BenchContext, count: number): Promise<{ parents: string[]; children: string[] }> {
  const identity = ctx.database('identity');
  const { rows: parentRows } = await identity.query<{ id: string }>(
    `INSERT INTO users (login, password_hash, display_name, roles, municipality_code)
     SELECT 'rush-parent-' || i, u.password_hash, 'Родитель ' || i, ARRAY['parent'], '07'
     FROM users u, generate_series(1, $1) AS i WHERE u.login = 'parent' RETURNING id`,
    [PARENTS],
  );
  const parents = parentRows.map((r) => r.id);
  const children = Array.from({ length: count }, () => randomUUID());
  const parentOf = children.map((_, i) => parents[i % PARENTS]!);
  const birthYear = new Date().getUTCFullYear() - 10;
  await seedFundedCertificates(ctx, { children, parentOf, birthYear, label: 'rush', firstNumber: 500_000 });
  return { parents, children };
}

type Answer = 'enrolled' | 'no_seats' | 'refused' | 'unanswered';

type CaseOutcome = { row: BenchRow; summary: Record<string, string | number | boolean | null>; goalsMet: boolean };

/**
 * Sends one request for each child (child i to group i mod groups, by parent i mod parents) with the given
 * concurrency, waits for billing to answer every enrolment, and checks seats and money.
 */
async function runCase(
  ctx: BenchContext,
  name: CaseName,
  groupIds: string[],
  children: string[],
  tokens: Record<string, string>[],
  concurrency: number,
): Promise<CaseOutcome> {
  const answers = new Map<Answer, number>();
  const refusals = new Map<string, number>();
  const failures = new Map<string, number>();
  const result = await load({
    concurrency,
    total: children.length,
    async task(i) {
      let answer: Answer = 'unanswered';
      try {
        const response = await fetch(ctx.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...tokens[i % tokens.length] },
          body: JSON.stringify({
            query: REQUEST,
            variables: {
              input: {
                childId: children[i],
                groupId: groupIds[i % groupIds.length],
                idempotencyKey: `${name}-${i}`,
                offerAccepted: true,
              },
            },
          }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        const code = body.errors?.[0]?.extensions?.code;
        if (body.data && !body.errors) answer = 'enrolled';
        else if (code === 'NO_SEATS_LEFT') answer = 'no_seats';
        else if (code && code !== 'INTERNAL_SERVER_ERROR') {
          answer = 'refused';
          refusals.set(code, (refusals.get(code) ?? 0) + 1);
        } else {
          const failure = `HTTP ${response.status} ${code ?? ''}`;
          failures.set(failure, (failures.get(failure) ?? 0) + 1);
        }
      } catch (error) {
        const failure = (error as Error).message;
        failures.set(failure, (failures.get(failure) ?? 0) + 1);
      } finally {
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
      }
      if (answer === 'unanswered') throw new Error('no coded answer');
    },
  });

  // The saga finishes asynchronously: wait until billing has answered every enrolment.
  const navigator = ctx.database('navigator');
  const deadline = Date.now() + 180_000;
  for (;;) {
    const { rows } = await navigator.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments WHERE status = 'awaiting_funds' AND child_id = ANY($1::uuid[])`,
      [children],
    );
    if (rows[0]!.n === 0 || Date.now() > deadline) break;
    await sleep(500);
  }
  const { rows: sagas } = await navigator.query<{ id: string; status: string; ms: number }>(
    `SELECT id, status, extract(epoch FROM coalesce(pending_since, updated_at) - requested_at) * 1000 AS ms
     FROM enrollments WHERE child_id = ANY($1::uuid[])`,
    [children],
  );
  const latencies = sagas
    .filter((s) => s.status !== 'awaiting_funds')
    .map((s) => Number(s.ms))
    .sort((a, b) => a - b);
  const { rows: oversold } = await navigator.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM program_groups g
     WHERE g.id = ANY($1::uuid[]) AND (g.seats_taken > g.seats OR (SELECT count(*) FROM enrollments e
       WHERE e.group_id = g.id AND e.status IN ('awaiting_funds', 'pending_provider', 'accepted')) > g.seats)`,
    [groupIds],
  );
  const funded = new Set(sagas.filter((s) => s.status === 'pending_provider').map((s) => s.id));
  const billing = ctx.database('billing');
  const { rows: reservations } = await billing.query<{ enrollment_id: string; n: number }>(
    `SELECT enrollment_id, count(*)::int AS n FROM account_movements WHERE kind = 'reservation' AND enrollment_id = ANY($1::uuid[])
     GROUP BY enrollment_id`,
    [sagas.map((s) => s.id)],
  );
  const { rows: overdrawn } = await billing.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT a.certificate_id FROM certificate_accounts a JOIN account_movements m USING (certificate_id)
       WHERE a.certificate_id IN (SELECT ${uuidFrom("'rush-certificate' || c")} FROM unnest($1::uuid[]) AS c)
       GROUP BY a.certificate_id, a.balance_kopecks, a.opened_with_kopecks
       HAVING a.balance_kopecks <> sum(m.amount_kopecks) OR a.balance_kopecks < 0
           OR -sum(m.amount_kopecks) FILTER (WHERE m.kind IN ('reservation', 'release')) > a.opened_with_kopecks) b`,
    [children],
  );
  const overReserved = reservations.filter((r) => r.n !== 1 || !funded.has(r.enrollment_id)).length + overdrawn[0]!.n;
  const answered = children.length - (answers.get('unanswered') ?? 0);
  const sagaP95 = Math.round(percentile(latencies, 0.95));
  const enrolled = answers.get('enrolled') ?? 0;
  const seats = name === 'hot-group' ? HOT_SEATS : groupIds.length * SEATS;
  const safe = oversold[0]!.n === 0 && overReserved === 0 && answered === children.length;
  // The rush must keep up with the crowd; the hot group must answer everyone within a second, filling every seat.
  const fast =
    name === 'rush' ? result.rps >= 300 && sagaP95 <= 1000 : result.p95 <= 1000 && enrolled === Math.min(seats, children.length);
  return {
    row: {
      case: name,
      requests: result.count,
      concurrency,
      seats,
      enrolled,
      'no seats': answers.get('no_seats') ?? 0,
      refused: answers.get('refused') ?? 0,
      unanswered: answers.get('unanswered') ?? 0,
      'req/s': result.rps,
      'http p50 ms': result.p50,
      'http p95 ms': result.p95,
      sagas: latencies.length,
      'saga p50 ms': Math.round(percentile(latencies, 0.5)),
      'saga p95 ms': sagaP95,
    },
    summary: {
      [`${name}: oversoldGroups`]: oversold[0]!.n,
      [`${name}: overReserved`]: overReserved,
      [`${name}: answered`]: answered,
      [`${name}: allAnswered`]: answered === children.length,
      [`${name}: requestsPerSecond`]: result.rps,
      [`${name}: httpP95Ms`]: result.p95,
      [`${name}: sagaP95Ms`]: sagaP95,
      [`${name}: refusals`]: JSON.stringify(Object.fromEntries(refusals)),
      [`${name}: failures`]: JSON.stringify(Object.fromEntries(failures)),
      [`${name}: goalsMet`]: safe && fast,
    },
    goalsMet: safe && fast,
  };
}

export const benchmark: Benchmark = {
  description: `rush: ${PROGRAMS * GROUPS_PER_PROGRAM} groups × ${SEATS} seats, ${CHILDREN} enrolment requests; hot-group: ${HOT_REQUESTS} requests at once for one ${HOT_SEATS}-seat group; through the gateway`,
  needsSystem: true,
  async run(ctx) {
    const only = ctx.args.find((arg) => arg.startsWith('--case='))?.slice('--case='.length);
    const hotFlag = ctx.args.find((arg) => arg.startsWith('--hot-concurrency='));
    const hotConcurrency = hotFlag ? Number(hotFlag.slice('--hot-concurrency='.length)) : HOT_REQUESTS;
    const cases: CaseName[] = (['hot-group', 'rush'] as const).filter((name) => !only || only === name);
    if (cases.length === 0) throw new Error(`unknown case ${only}: rush or hot-group`);
    const hotGroup = cases.includes('hot-group') ? await publishGroups(ctx, 1, 1, HOT_SEATS) : [];
    const rushGroups = cases.includes('rush') ? await publishGroups(ctx, PROGRAMS, GROUPS_PER_PROGRAM, SEATS) : [];
    const hotCount = cases.includes('hot-group') ? HOT_REQUESTS : 0;
    const { children } = await seedFamilies(ctx, hotCount + (cases.includes('rush') ? CHILDREN : 0));
    const tokens: Record<string, string>[] = [];
    for (let p = 1; p <= PARENTS; p += 1) tokens.push(await signIn(ctx, `rush-parent-${p}`));
    ctx.log(`${hotGroup.length + rushGroups.length} groups, ${children.length} children of ${PARENTS} parents ready`);

    const outcomes: CaseOutcome[] = [];
    for (const name of cases) {
      outcomes.push(
        name === 'hot-group'
          ? await runCase(ctx, name, hotGroup, children.slice(0, hotCount), tokens, hotConcurrency)
          : await runCase(ctx, name, rushGroups, children.slice(hotCount), tokens, CONCURRENCY),
      );
    }
    return {
      rows: outcomes.map((o) => o.row),
      summary: { ...Object.assign({}, ...outcomes.map((o) => o.summary)), goalsMet: outcomes.every((o) => o.goalsMet) },
    };
  },
};
