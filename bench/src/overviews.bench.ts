// Issue 14's overviews at regional scale, through the gateway: 400 000 certificates (with their children
// and applications over the past year) in certificates, their accounts, 150 000 enrolments and reservations
// in billing, 8 000 programs with 16 000 groups in the navigator. Measures the p95 of the МОЦ overview (with
// its quota from billing, as the web asks it) and of the region overview (three services in one request).
import { kuzbassMunicipalities } from '@pdo/service-kit';
import type pg from 'pg';
import { graphql, load, signIn, type Benchmark, type BenchContext, type BenchRow } from './harness.ts';
import { uuidFrom } from './seed-ids.ts';

const CERTIFICATES = 400_000;
const ENROLLMENTS = 150_000;
const PROVIDERS = 1_000;
const PROGRAMS_PER_PROVIDER = 8;
const GROUPS_PER_PROGRAM = 2;
const NORMATIVE = 1_160_900;
const GROUP_NAME = 'Дети в возрасте от 5 до 18 лет';
const GOAL_MS = 300;
const CONCURRENCY = 4;

const SUPPORT_CENTRE = `query ($code: String!) {
  supportCentreOverview(municipalityCode: $code, days: 30) {
    days { day applications issued activated }
    groups { groupName issued activated waiting oldestWaitingDays financing accounting }
    total { issued activated waiting oldestWaitingSince financing accounting } }
  municipalityBudget(municipalityCode: $code) { quota financedCertificates } }`;
const REGION = `{
  regionCertificateOverview { municipalityCode municipalityName issued activated activatedPercent waiting financing accounting }
  regionMoneyOverview { municipalityCode budgetKopecks quota financedCertificates enrolledFinancedCertificates reservedKopecks chargedKopecks }
  regionProgramOverview { municipalityCode programs byDirection { direction programs } byRegistry { registry programs } seats seatsTaken } }`;

const periodStart = () => {
  const today = new Date();
  const year = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${year}-09-01`;
};

/** Certificate i lives in municipality i % 34; every 20th is terminated, 3 in 20 wait, 1 in 20 is suspended; 3 in 5 finance. */
async function seedCertificates(db: pg.Pool, codes: string[]) {
  await db.query(
    `INSERT INTO certificate_groups (municipality_code, name, min_age, max_age)
     SELECT code, $2, 5, 18 FROM unnest($1::text[]) AS code ON CONFLICT (municipality_code, name) DO NOTHING`,
    [codes, GROUP_NAME],
  );
  await db.query(
    `INSERT INTO children (id, parent_ids, birth_date, municipality_code, attends_school, source_occurred_at)
     SELECT ${uuidFrom("'bench-child' || i")}, ARRAY[${uuidFrom("'bench-parent' || i")}], date '2012-01-01' + (i % 3000),
            ($2::text[])[1 + i % 34], true, now()
     FROM generate_series(0, $1 - 1) AS i`,
    [CERTIFICATES, codes],
  );
  // applied over the past year, each a few hours before its certificate
  await db.query(
    `INSERT INTO certificate_applications (id, child_id, applicant_user_id, status, created_at)
     SELECT ${uuidFrom("'bench-application' || i")}, ${uuidFrom("'bench-child' || i")}, ${uuidFrom("'bench-parent' || i")},
            'certificate_issued', now() - make_interval(days => i % 365, secs => i % 86400)
     FROM generate_series(0, $1 - 1) AS i`,
    [CERTIFICATES],
  );
  await db.query(
    `INSERT INTO certificates (id, number, child_id, municipality_code, group_id, application_id, document_id, status,
                               activated_at, mode, created_at, updated_at)
     SELECT ${uuidFrom("'bench-certificate' || i")}, '42' || n.code || lpad((500000 + i / 34)::text, 6, '0'),
            ${uuidFrom("'bench-child' || i")}, n.code, g.id, ${uuidFrom("'bench-application' || i")},
            ${uuidFrom("'bench-document' || i")}, n.status,
            CASE WHEN n.status IN ('active', 'suspended') THEN n.created_at + interval '2 days' END,
            CASE WHEN i % 5 < 3 THEN 'financing' ELSE 'accounting' END, n.created_at, n.created_at
     FROM (SELECT i, ($2::text[])[1 + i % 34] AS code, now() - make_interval(days => i % 365, secs => i % 86400) + interval '3 hours' AS created_at,
                  CASE WHEN i % 20 = 0 THEN 'terminated' WHEN i % 20 IN (1, 2, 3) THEN 'inactive'
                       WHEN i % 20 = 4 THEN 'suspended' ELSE 'active' END AS status
           FROM generate_series(0, $1 - 1) AS i) n
     JOIN certificate_groups g ON g.municipality_code = n.code AND g.name = $3`,
    [CERTIFICATES, codes, GROUP_NAME],
  );
}

/** The financing certificates' accounts, the first enrolments accepted with their reservations. */
async function seedBilling(db: pg.Pool, codes: string[]) {
  const period = periodStart();
  await db.query(
    `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
     SELECT code, $2, $3, $4, 8000, 8000 * $4::bigint FROM unnest($1::text[]) AS code ON CONFLICT DO NOTHING`,
    [codes, GROUP_NAME, period, NORMATIVE],
  );
  await db.query(
    `INSERT INTO certificates (certificate_id, number, child_id, municipality_code, group_id, status)
     SELECT ${uuidFrom("'bench-certificate' || i")}, '42' || ($2::text[])[1 + i % 34] || lpad((500000 + i / 34)::text, 6, '0'),
            ${uuidFrom("'bench-child' || i")}, ($2::text[])[1 + i % 34], ${uuidFrom("'bench-group' || (i % 34)")}, 'active'
     FROM generate_series(0, $1 - 1) AS i WHERE i % 20 <> 0`,
    [CERTIFICATES, codes],
  );
  await db.query(
    `INSERT INTO certificate_accounts (certificate_id, municipality_code, normative_id, period_start, opened_with_kopecks, balance_kopecks)
     SELECT c.certificate_id, c.municipality_code, n.id, $1, $2, $2 FROM certificates c
     JOIN normatives n ON n.municipality_code = c.municipality_code AND n.period_start = $1 AND n.group_name = $3
     WHERE c.certificate_id IN (SELECT ${uuidFrom("'bench-certificate' || i")} FROM generate_series(0, $4 - 1) AS i WHERE i % 5 < 3)`,
    [period, NORMATIVE, GROUP_NAME, CERTIFICATES],
  );
  await db.query(
    `INSERT INTO enrollments (enrollment_id, certificate_id, child_id, provider_id, municipality_code, monthly_price_kopecks,
                              months, status, parent_user_id, program_title, starts_on, ends_on)
     SELECT ${uuidFrom("'bench-enrollment' || a.certificate_id")}, a.certificate_id, c.child_id,
            ${uuidFrom("'bench-provider' || (row_number() OVER () % 1000)")}, a.municipality_code, 100000, 9, 'accepted',
            ${uuidFrom("'bench-parent' || a.certificate_id")}, 'Программа', $1::date, ($1::date + interval '9 months')::date
     FROM certificate_accounts a JOIN certificates c USING (certificate_id)
     WHERE a.period_start = $1 AND a.accounting_only_reason IS NULL ORDER BY a.certificate_id LIMIT $2`,
    [period, ENROLLMENTS],
  );
  await db.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id)
     SELECT certificate_id, 'reservation', -monthly_price_kopecks * months, enrollment_id FROM enrollments
     WHERE enrollment_id IN (SELECT ${uuidFrom("'bench-enrollment' || certificate_id")} FROM enrollments)`,
  );
}

async function seedNavigator(db: pg.Pool, codes: string[]) {
  await db.query(
    `INSERT INTO providers (id, name, kind, inn, ogrn, licence_number, municipality_code, addresses, phone, email, status)
     SELECT ${uuidFrom("'bench-provider' || i")}, 'МБУ ДО «Дом творчества» № ' || i, 'municipal', NULL, NULL,
            'Л035-01216-42/' || lpad(i::text, 8, '0'), ($1::text[])[1 + i % 34], ARRAY['ул. Ленина, ' || (1 + i % 90)],
            '+7 3842 ' || lpad(i::text, 6, '0'), 'bench-provider' || i || '@example.ru', 'approved'
     FROM generate_series(0, $2 - 1) AS i`,
    [codes, PROVIDERS],
  );
  await db.query(
    `INSERT INTO programs (id, provider_id, title, description, direction, registry, municipality_code, address, format,
                           min_age, max_age, duration_months, hours, monthly_price_kopecks, needs_medical_certificate,
                           suits_disabilities, status)
     SELECT ${uuidFrom("'bench-program' || i")}, ${uuidFrom("'bench-provider' || (i / $2)")}, 'Программа ' || i, 'Описание программы ' || i,
            (ARRAY['technical', 'science', 'sports', 'arts', 'tourism', 'social'])[1 + i % 6],
            (ARRAY['certified', 'certified', 'certified', 'significant', 'pre_professional', 'other'])[1 + (i / 6) % 6],
            ($1::text[])[1 + (i / $2) % 34], 'ул. Мира, ' || (1 + i % 120), 'in_person', 5, 18, 9, 72, 100000, false, false,
            CASE WHEN i % 20 = 0 THEN 'draft' ELSE 'published' END
     FROM generate_series(0, $3 - 1) AS i`,
    [codes, PROGRAMS_PER_PROVIDER, PROVIDERS * PROGRAMS_PER_PROVIDER],
  );
  await db.query(
    `INSERT INTO program_groups (id, program_id, provider_id, teacher, days_of_week, start_time, end_time, seats, seats_taken,
                                 start_date, end_date)
     SELECT ${uuidFrom("'bench-group' || g")}, p.id, p.provider_id, 'Кузнецов А. П.', '{1,3}', '15:00', '16:30', 12, g % 13,
            current_date - 80, current_date + 190
     FROM generate_series(0, $1 - 1) AS g JOIN programs p ON p.id = ${uuidFrom("'bench-program' || (g / $2)")}`,
    [PROVIDERS * PROGRAMS_PER_PROVIDER * GROUPS_PER_PROGRAM, GROUPS_PER_PROGRAM],
  );
}

async function measure(
  ctx: BenchContext,
  name: string,
  query: string,
  variables: Record<string, unknown>,
  auth: Record<string, string>,
) {
  const task = async () => void (await graphql(ctx.gatewayUrl, query, variables, auth));
  await load({ concurrency: CONCURRENCY, total: 20, task });
  const result = await load({ concurrency: CONCURRENCY, durationMs: ctx.args.includes('--quick') ? 5_000 : 20_000, task });
  return {
    overview: name,
    requests: result.count,
    errors: result.errors,
    'req/s': result.rps,
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    firstError: result.firstError,
  };
}

export const benchmark: Benchmark = {
  description: `МОЦ and region overviews through the gateway over ${CERTIFICATES} certificates; p95 goal ≤ ${GOAL_MS} ms`,
  needsSystem: true,
  async run(ctx) {
    const codes = kuzbassMunicipalities.map((m) => m.code);
    const started = Date.now();
    await seedCertificates(ctx.database('certificates'), codes);
    await seedBilling(ctx.database('billing'), codes);
    await seedNavigator(ctx.database('navigator'), codes);
    for (const service of ['certificates', 'billing', 'navigator'] as const) await ctx.database(service).query('ANALYZE');
    ctx.log(`seeded in ${Math.round((Date.now() - started) / 1000)} s`);

    const operator = await signIn(ctx, 'operator');
    const admin = await signIn(ctx, 'admin');
    const rows: BenchRow[] = [
      await measure(ctx, 'МОЦ (07)', SUPPORT_CENTRE, { code: '07' }, operator),
      await measure(ctx, 'region (34)', REGION, {}, admin),
    ];
    const worst = Math.max(...rows.map((row) => Number(row.p95)));
    return {
      rows,
      summary: {
        certificates: CERTIFICATES,
        'МОЦ p95 ms': rows[0]!.p95 ?? null,
        'region p95 ms': rows[1]!.p95 ?? null,
        [`goal p95 ≤ ${GOAL_MS} ms met`]: worst <= GOAL_MS && rows.every((row) => row.errors === 0),
      },
    };
  },
};
