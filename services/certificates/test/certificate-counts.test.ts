// The counter tables behind the overviews must always equal a count of the certificates themselves, whatever
// statements change them: random sequences of inserts, updates of any subset (the counted columns or others)
// and deletes, some rolled back, some run side by side, with the folding of counter rows in between.
import { counterContentQuery, foldCounterRows } from '@pdo/service-kit';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { CERTIFICATE_COUNTER_TABLES } from '../src/operations/overview.operations';
import { startHarness, type Harness } from './certificates.fixture';

const MUNICIPALITIES = ['01', '07', '16'] as const;
const STATUSES = ['inactive', 'active', 'suspended', 'terminated'] as const;
const MODES = ['accounting', 'financing'] as const;

type Action =
  | { kind: 'insert'; count: number; municipality: number }
  | { kind: 'status'; modulo: number; status: (typeof STATUSES)[number] }
  | { kind: 'mode'; modulo: number; mode: (typeof MODES)[number] }
  | { kind: 'move'; modulo: number; municipality: number }
  | { kind: 'touch'; modulo: number }
  | { kind: 'activate'; modulo: number; daysAgo: number }
  | { kind: 'backdate'; modulo: number; daysAgo: number }
  | { kind: 'delete'; modulo: number }
  | { kind: 'fold' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), count: fc.integer({ min: 1, max: 6 }), municipality: fc.nat(2) }),
  fc.record({
    kind: fc.constant('status' as const),
    modulo: fc.integer({ min: 1, max: 4 }),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({ kind: fc.constant('mode' as const), modulo: fc.integer({ min: 1, max: 4 }), mode: fc.constantFrom(...MODES) }),
  fc.record({ kind: fc.constant('move' as const), modulo: fc.integer({ min: 1, max: 4 }), municipality: fc.nat(2) }),
  fc.record({ kind: fc.constant('touch' as const), modulo: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('activate' as const), modulo: fc.integer({ min: 1, max: 4 }), daysAgo: fc.nat(40) }),
  fc.record({ kind: fc.constant('backdate' as const), modulo: fc.integer({ min: 1, max: 4 }), daysAgo: fc.nat(40) }),
  fc.record({ kind: fc.constant('delete' as const), modulo: fc.integer({ min: 2, max: 5 }) }),
  fc.constant({ kind: 'fold' as const }),
);

describe('certificate counts', () => {
  let h: Harness;
  let db: DataSource;
  beforeAll(async () => {
    h = await startHarness();
    db = h.db.dataSource;
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  const groupOf = (municipality: number) =>
    `(SELECT id FROM certificate_groups WHERE municipality_code = '${MUNICIPALITIES[municipality]}' ORDER BY name LIMIT 1)`;
  // every statement picks its rows by a hash of the id, so a subset differs from one step to the next
  const subset = (modulo: number, salt: number) => `abs(hashtext(id::text || '${salt}')) % ${modulo} = 0`;

  async function apply(runner: Pick<DataSource, 'query'>, step: Action, salt: number): Promise<void> {
    switch (step.kind) {
      case 'insert': {
        const code = MUNICIPALITIES[step.municipality];
        await runner.query(
          `WITH kids AS (
             INSERT INTO children (id, parent_ids, birth_date, municipality_code, attends_school, source_occurred_at)
             SELECT gen_random_uuid(), ARRAY[gen_random_uuid()], date '2015-01-01', $1, true, now() FROM generate_series(1, $2)
             RETURNING id
           ), applications AS (
             INSERT INTO certificate_applications (id, child_id, applicant_user_id, status)
             SELECT gen_random_uuid(), id, gen_random_uuid(), 'certificate_issued' FROM kids RETURNING id, child_id
           )
           INSERT INTO certificates (id, number, child_id, municipality_code, group_id, application_id, document_id, status, mode)
           SELECT gen_random_uuid(), '42' || lpad((nextval('application_number_seq') % 100000000)::text, 8, '0'), child_id, $1,
                  ${groupOf(step.municipality)}, id, gen_random_uuid(), 'inactive', 'financing'
           FROM applications`,
          [code, step.count],
        );
        return;
      }
      case 'status':
        await runner.query(`UPDATE certificates SET status = $1 WHERE ${subset(step.modulo, salt)}`, [step.status]);
        return;
      case 'mode':
        await runner.query(`UPDATE certificates SET mode = $1 WHERE ${subset(step.modulo, salt)}`, [step.mode]);
        return;
      case 'move':
        await runner.query(
          `UPDATE certificates SET municipality_code = $1, group_id = ${groupOf(step.municipality)} WHERE ${subset(step.modulo, salt)}`,
          [MUNICIPALITIES[step.municipality]],
        );
        return;
      case 'touch':
        await runner.query(
          `UPDATE certificates SET checked_documents = ARRAY['birth_certificate'] WHERE ${subset(step.modulo, salt)}`,
        );
        return;
      case 'activate':
        await runner.query(
          `UPDATE certificates SET status = 'active', activated_at = now() - make_interval(days => $1, hours => $1)
           WHERE ${subset(step.modulo, salt)}`,
          [step.daysAgo],
        );
        return;
      case 'backdate':
        await runner.query(
          `UPDATE certificates SET created_at = created_at - make_interval(days => $1, hours => 7) WHERE ${subset(step.modulo, salt)}`,
          [step.daysAgo],
        );
        await runner.query(
          `UPDATE certificate_applications SET created_at = created_at - make_interval(days => $1, hours => 5)
           WHERE ${subset(step.modulo, salt)}`,
          [step.daysAgo],
        );
        return;
      case 'delete':
        await runner.query(`DELETE FROM certificates WHERE ${subset(step.modulo, salt)}`);
        return;
      case 'fold':
        await foldCounterRows(db, CERTIFICATE_COUNTER_TABLES);
    }
  }

  async function expectCountsExact(): Promise<void> {
    const day = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Novokuznetsk', 'YYYY-MM-DD')`;
    const [counted, actual, countedDays, actualDays] = await Promise.all([
      db.query(
        `SELECT municipality_code, group_id, status, mode, sum(certificates)::int AS certificates FROM certificate_counts
         GROUP BY 1, 2, 3, 4 HAVING sum(certificates) <> 0 ORDER BY 1, 2, 3, 4`,
      ),
      db.query(
        `SELECT municipality_code, group_id, status, mode, count(*)::int AS certificates FROM certificates
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      ),
      db.query(
        `SELECT municipality_code, day::text AS day, sum(applications)::int AS applications, sum(issued)::int AS issued,
                sum(activated)::int AS activated
         FROM certificate_day_counts GROUP BY 1, 2 HAVING sum(applications) <> 0 OR sum(issued) <> 0 OR sum(activated) <> 0
         ORDER BY 1, 2`,
      ),
      db.query(
        `SELECT municipality_code, day, sum(applications)::int AS applications, sum(issued)::int AS issued,
                sum(activated)::int AS activated FROM (
           SELECT ch.municipality_code, ${day('a.created_at')} AS day, 1 AS applications, 0 AS issued, 0 AS activated
           FROM certificate_applications a JOIN children ch ON ch.id = a.child_id
           UNION ALL SELECT municipality_code, ${day('created_at')}, 0, 1, 0 FROM certificates
           UNION ALL SELECT municipality_code, ${day('activated_at')}, 0, 0, 1 FROM certificates WHERE activated_at IS NOT NULL
         ) d GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
    ]);
    expect(counted).toEqual(actual);
    expect(countedDays).toEqual(actualDays);
  }

  it('equals a count of the certificates after any sequence of statements, committed or rolled back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(action, fc.boolean()), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const [index, [step, rolledBack]] of steps.entries()) {
          const runner = db.createQueryRunner();
          await runner.startTransaction();
          try {
            await apply(runner, step, index);
          } finally {
            await (rolledBack ? runner.rollbackTransaction() : runner.commitTransaction());
            await runner.release();
          }
          await expectCountsExact();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('stays exact when statements on the same counters commit side by side', async () => {
    await apply(db, { kind: 'insert', count: 6, municipality: 1 }, 0);
    const steps: Action[] = [
      { kind: 'insert', count: 5, municipality: 1 },
      { kind: 'status', modulo: 2, status: 'active' },
      { kind: 'mode', modulo: 3, mode: 'accounting' },
      { kind: 'insert', count: 4, municipality: 1 },
      { kind: 'move', modulo: 4, municipality: 0 },
      { kind: 'fold' },
      { kind: 'status', modulo: 3, status: 'terminated' },
      { kind: 'fold' },
    ];
    await Promise.all(steps.map((step, index) => apply(db, step, 100 + index)));
    await expectCountsExact();
    const contents = () => Promise.all(CERTIFICATE_COUNTER_TABLES.map((table) => db.query(counterContentQuery(table))));
    const unfolded = await contents();
    await foldCounterRows(db, CERTIFICATE_COUNTER_TABLES);
    await expectCountsExact();
    // what the tables count reads the same folded or not
    expect(await contents()).toEqual(unfolded);
    const [{ rows }]: [{ rows: number }] = await db.query(
      'SELECT count(*)::int AS rows FROM (SELECT DISTINCT municipality_code, group_id, status, mode FROM certificate_counts) keys',
    );
    expect(await db.query('SELECT count(*)::int AS rows FROM certificate_counts')).toEqual([{ rows }]);
    // and changes when the certificates do
    await apply(db, { kind: 'insert', count: 1, municipality: 0 }, 999);
    expect(await contents()).not.toEqual(unfolded);
  });
});
