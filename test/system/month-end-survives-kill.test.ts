// Issue 10: the month end, killed with SIGKILL half-way and run again, charges nothing twice. A past month
// (October 2024) of a provider with many reported enrolments is laid into billing's tables, the regional admin
// runs its month end through the gateway, and billing is SIGKILLed while the run's statements are executing.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { graphql, signIn } from './gateway.client';
import { control, serviceDatabaseUrl, waitFor } from './system-control';

const ENROLLMENTS = 20_000;
const PRICE = 100_000;
const NORMATIVE = 1_160_900;

const RUN = 'mutation { runMonthEnd(month: "2024-10") { invoices charges } }';

describe('the month end killed half-way', () => {
  const billing = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('billing') });
  const providerId = randomUUID();

  beforeAll(async () => {
    await billing.initialize();
    // a provider's October 2024: each certificate active from September until it ended in June 2025 (so that no
    // rollover of this school year picks these accounts up), one accepted enrolment reported
    await billing.query(
      `CREATE TEMP TABLE seed AS
       SELECT gen_random_uuid() AS certificate_id, gen_random_uuid() AS enrollment_id, i FROM generate_series(1, $1) AS i`,
      [ENROLLMENTS],
    );
    await billing.query(`
      INSERT INTO certificates (certificate_id, child_id, municipality_code, group_id, status, number)
      SELECT certificate_id, gen_random_uuid(), '07', gen_random_uuid(), 'terminated', '4207' || lpad((800000 + i)::text, 6, '0')
      FROM seed`);
    await billing.query(`
      INSERT INTO certificate_status_history (certificate_id, status, occurred_at)
      SELECT certificate_id, 'active', '2024-09-02T12:00:00+07'::timestamptz FROM seed
      UNION ALL SELECT certificate_id, 'terminated', '2025-06-02T12:00:00+07'::timestamptz FROM seed`);
    await billing.query(`
      INSERT INTO certificate_municipalities (certificate_id, from_month, municipality_code, occurred_at)
      SELECT certificate_id, '-infinity', '07', '2024-09-02T12:00:00+07' FROM seed`);
    await billing.query(
      `INSERT INTO certificate_accounts (certificate_id, municipality_code, period_start, opened_with_kopecks, balance_kopecks)
       SELECT certificate_id, '07', '2024-09-01', $1::bigint, $1::bigint - 9 * $2::bigint FROM seed`,
      [NORMATIVE, PRICE],
    );
    await billing.query(
      `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id)
       SELECT certificate_id, 'opening', $1::bigint, NULL FROM seed
       UNION ALL SELECT certificate_id, 'reservation', -9 * $2::bigint, enrollment_id FROM seed`,
      [NORMATIVE, PRICE],
    );
    await billing.query(
      `INSERT INTO enrollments (enrollment_id, certificate_id, child_id, provider_id, municipality_code, monthly_price_kopecks,
                                months, status, starts_on, ends_on, accepted_on)
       SELECT s.enrollment_id, s.certificate_id, c.child_id, $1, '07', $2, 9, 'accepted', '2024-09-01', '2025-06-01', '2024-09-01'
       FROM seed s JOIN certificates c USING (certificate_id)`,
      [providerId, PRICE],
    );
    await billing.query(
      `INSERT INTO month_reports (enrollment_id, month, provider_id) SELECT enrollment_id, '2024-10-01', $1 FROM seed`,
      [providerId],
    );
  });
  afterAll(() => billing.destroy());

  const charges = async () =>
    Number(
      (
        (await billing.query(
          `SELECT count(*)::int AS n FROM monthly_charges mc JOIN enrollments e USING (enrollment_id)
           WHERE e.provider_id = $1 AND mc.month = '2024-10-01' AND NOT mc.reversed`,
          [providerId],
        )) as { n: number }[]
      )[0]!.n,
    );
  const ledgerBreaches = () =>
    billing.query(
      `SELECT a.certificate_id FROM certificate_accounts a JOIN enrollments e USING (certificate_id)
       LEFT JOIN account_movements m ON m.certificate_id = a.certificate_id
       WHERE e.provider_id = $1
       GROUP BY a.certificate_id, a.balance_kopecks
       HAVING a.balance_kopecks <> coalesce(sum(m.amount_kopecks), 0) OR a.balance_kopecks < 0`,
      [providerId],
    );

  it('leaves nothing half-charged, and the run again charges each month once', async () => {
    const admin = await signIn('admin');
    const running = graphql(RUN, {}, admin);
    // half-way: billing's connection is inside the run's statements
    await waitFor(
      'the month end to be running',
      async () => {
        const active: unknown[] = await billing.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = 'billing' AND state = 'active' AND query ILIKE '%due_charges%'`,
        );
        return active.length > 0;
      },
      120_000,
      20,
    );
    await control('/services/billing/kill');
    await running.catch(() => undefined);

    // the run was one transaction: it is either all there or not at all
    const afterKill = await charges();
    expect([0, ENROLLMENTS]).toContain(afterKill);
    expect(await ledgerBreaches()).toEqual([]);

    const again = await graphql<{ runMonthEnd: { charges: number } }>(RUN, {}, admin);
    expect(again.errors).toBeUndefined();
    expect(again.data!.runMonthEnd.charges).toBe(ENROLLMENTS - afterKill);
    expect(await charges()).toBe(ENROLLMENTS);
    const once: unknown[] = await billing.query(
      `SELECT enrollment_id FROM monthly_charges WHERE month = '2024-10-01' AND NOT reversed
       GROUP BY enrollment_id HAVING count(*) > 1`,
    );
    expect(once).toEqual([]);
    expect(await ledgerBreaches()).toEqual([]);

    // a third run finds nothing to do
    const third = await graphql<{ runMonthEnd: { charges: number } }>(RUN, {}, admin);
    expect(third.data!.runMonthEnd.charges).toBe(0);
  });
});
