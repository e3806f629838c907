// The month-end billing run at regional scale: 400 000 financing certificates and 150 000 active
// enrolments reported for the month, charged by billing's own CronJob entry point (dist/month-end.js)
// against a freshly migrated billing database; then the same month again, which must change nothing.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kuzbassMunicipalities } from '@pdo/service-kit';
import type pg from 'pg';
import type { Benchmark, BenchContext, BenchRow } from './harness.ts';
import { uuidFrom } from './seed-ids.ts';

const CERTIFICATES = 400_000;
const ENROLLMENTS = 150_000;
const PROVIDERS_PER_MUNICIPALITY = 44;
const NORMATIVE = 1_160_900;
const GOAL_SECONDS = 10;

const billingDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'services', 'billing', 'dist');

/** The period whose September is charged: the school year running now. */
function september(): string {
  const today = new Date();
  const year = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${year}-09`;
}

/** Runs one of billing's batch entry points as the CronJob would, against the bench database. */
function runBilling(script: string, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(billingDist, script)],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          KAFKA_BROKERS: '127.0.0.1:1',
          GATEWAY_SECRET: 'bench-month-end-secret-000000000000',
          LOG_LEVEL: 'info',
          ...extraEnv,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => (error ? reject(new Error(`${script}: ${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

/** Everything the run writes, summed: equal before and after a second run means it changed nothing. */
async function footprint(db: pg.Pool) {
  const { rows } = await db.query<Record<string, string>>(`
    SELECT (SELECT count(*) FROM account_movements) AS movements,
           (SELECT coalesce(sum(amount_kopecks), 0) FROM account_movements) AS movement_sum,
           (SELECT coalesce(sum(balance_kopecks), 0) FROM certificate_accounts) AS balances,
           (SELECT count(*) FROM monthly_charges) AS charges,
           (SELECT coalesce(sum(certificate_kopecks), 0) FROM monthly_charges) AS charged,
           (SELECT count(*) FROM invoices) AS invoices,
           (SELECT count(*) FROM outbox) AS events`);
  return rows[0]!;
}

/** Set-based seed: normatives, certificates with open accounts, accepted enrolments with their reservations, reports. */
async function seed(ctx: BenchContext, db: pg.Pool, month: string) {
  const periodStart = `${month.slice(0, 4)}-09-01`;
  const codes = kuzbassMunicipalities.map((m) => m.code);
  const started = Date.now();
  await db.query(
    `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
     SELECT code, 'Дети в возрасте от 5 до 18 лет', $2, $3, 20000, 20000 * $3::bigint FROM unnest($1::text[]) AS code`,
    [codes, periodStart, NORMATIVE],
  );
  await db.query(
    `INSERT INTO certificates (certificate_id, number, child_id, municipality_code, group_id, status)
     SELECT ${uuidFrom("'certificate' || i")}, '42' || c.code || lpad((i / $2)::text, 6, '0'), ${uuidFrom("'child' || i")},
            c.code, ${uuidFrom("'group' || c.code")}, 'active'
     FROM generate_series(0, $1 - 1) AS i
     JOIN unnest($3::text[]) WITH ORDINALITY AS c (code, n) ON c.n = i % $2 + 1`,
    [CERTIFICATES, codes.length, codes],
  );
  // active and in their municipality since before the school year began
  await db.query(
    `INSERT INTO certificate_status_history (certificate_id, status, occurred_at)
     SELECT certificate_id, 'active', ($1::date - 1)::timestamptz FROM certificates`,
    [periodStart],
  );
  await db.query(
    `INSERT INTO certificate_municipalities (certificate_id, from_month, municipality_code, occurred_at)
     SELECT certificate_id, '-infinity', municipality_code, ($1::date - 1)::timestamptz FROM certificates`,
    [periodStart],
  );
  // one enrolment for each of the first certificates; a provider works in one municipality
  await db.query(
    `INSERT INTO enrollments (enrollment_id, certificate_id, child_id, provider_id, municipality_code, monthly_price_kopecks,
                              months, status, parent_user_id, program_title, starts_on, ends_on, accepted_on)
     SELECT ${uuidFrom("'enrollment' || i")}, ${uuidFrom("'certificate' || i")}, ${uuidFrom("'child' || i")},
            ${uuidFrom("'provider' || (i % $2) || '/' || ((i / $2) % $3)")}, c.code, 80000 + (i % 10) * 20000, 9, 'accepted',
            ${uuidFrom("'parent' || i")}, 'Программа ' || (i % 8200), $4::date, ($4::date + interval '9 months')::date, $4::date
     FROM generate_series(0, $1 - 1) AS i
     JOIN unnest($5::text[]) WITH ORDINALITY AS c (code, n) ON c.n = i % $2 + 1`,
    [ENROLLMENTS, codes.length, PROVIDERS_PER_MUNICIPALITY, periodStart, codes],
  );
  await db.query(
    `INSERT INTO certificate_accounts (certificate_id, municipality_code, normative_id, period_start, opened_with_kopecks, balance_kopecks)
     SELECT c.certificate_id, c.municipality_code, n.id, $1, $2, $2 FROM certificates c
     JOIN normatives n ON n.municipality_code = c.municipality_code AND n.period_start = $1`,
    [periodStart, NORMATIVE],
  );
  await db.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks) SELECT certificate_id, 'opening', $1 FROM certificate_accounts`,
    [NORMATIVE],
  );
  // every tenth certificate has spent most of its money on another program: only 50 000 ₽ kopecks held here
  await db.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id)
     SELECT certificate_id, 'reservation',
            -CASE WHEN right(enrollment_id::text, 1) IN ('0') THEN 50000 ELSE LEAST(monthly_price_kopecks * months, $1) END,
            enrollment_id
     FROM enrollments`,
    [NORMATIVE],
  );
  await db.query(
    `UPDATE certificate_accounts a SET balance_kopecks = a.balance_kopecks + r.amount
     FROM (SELECT certificate_id, sum(amount_kopecks) AS amount FROM account_movements WHERE kind = 'reservation' GROUP BY certificate_id) r
     WHERE a.certificate_id = r.certificate_id`,
  );
  await db.query(
    `INSERT INTO month_reports (enrollment_id, month, provider_id) SELECT enrollment_id, $1, provider_id FROM enrollments`,
    [`${month}-01`],
  );
  await db.query('VACUUM ANALYZE');
  ctx.log(
    `seeded ${CERTIFICATES} certificates and ${ENROLLMENTS} reported enrolments in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

interface MonthEndLog {
  msg: string;
  invoices: number;
  charges: number;
  coPaymentNotices: number;
  releasedEnrollments: number;
  stepSeconds: Record<string, number>;
  seconds: number;
}

/** The run's own summary line (pino JSON), and the wall time of the whole process. */
async function monthEnd(databaseUrl: string, month: string) {
  const started = Date.now();
  const stdout = await runBilling('month-end.js', databaseUrl, { MONTH: month });
  const wall = (Date.now() - started) / 1000;
  const line = stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MonthEndLog)
    .find((l) => l.msg === 'month end done');
  if (!line) throw new Error(`month-end.js printed no summary:\n${stdout}`);
  return { ...line, wall };
}

export const benchmark: Benchmark = {
  description: `${CERTIFICATES} financing certificates, ${ENROLLMENTS} reported enrolments: the month-end run and its re-run`,
  needsSystem: false,
  async run(ctx) {
    const db = ctx.database('billing');
    const databaseUrl = (db.options as { connectionString: string }).connectionString;
    await runBilling('migrate.js', databaseUrl);
    const month = september();
    await seed(ctx, db, month);

    const first = await monthEnd(databaseUrl, month);
    const after = await footprint(db);
    const second = await monthEnd(databaseUrl, month);
    const again = await footprint(db);
    const { rows: breaches } = await db.query(`
      SELECT count(*)::int AS n FROM (
        SELECT a.certificate_id FROM certificate_accounts a LEFT JOIN account_movements m USING (certificate_id)
        GROUP BY a.certificate_id, a.balance_kopecks
        HAVING a.balance_kopecks <> coalesce(sum(m.amount_kopecks), 0) OR a.balance_kopecks < 0) b`);
    const unchanged = JSON.stringify(after) === JSON.stringify(again);

    ctx.log(`steps of the month end (s): ${JSON.stringify(first.stepSeconds)}`);
    ctx.log(`steps of the same month again (s): ${JSON.stringify(second.stepSeconds)}`);
    const row = (run: string, r: typeof first): BenchRow => ({
      run,
      'run s': r.seconds,
      'process s': Math.round(r.wall * 100) / 100,
      charges: r.charges,
      'charges/s': r.seconds > 0 ? Math.round(r.charges / r.seconds) : null,
      invoices: r.invoices,
      'co-payment notices': r.coPaymentNotices,
    });
    return {
      rows: [row('month end', first), row('same month again', second)],
      summary: {
        seconds: first.seconds,
        steps: JSON.stringify(first.stepSeconds),
        goalSeconds: GOAL_SECONDS,
        goalMet: first.seconds <= GOAL_SECONDS && first.charges === ENROLLMENTS,
        chargesPerSecond: Math.round(first.charges / first.seconds),
        rerunSeconds: second.seconds,
        rerunChangedNothing: unchanged && second.charges === 0 && second.invoices === 0,
        ledgerBreaches: (breaches[0] as { n: number }).n,
      },
    };
  },
};
