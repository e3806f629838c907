// Families for the benches, set-based straight into the service databases, as the services' events would have
// left them: parents who sign in with the demo password, their children, and active certificates funded for
// this school year.
import { randomUUID } from 'node:crypto';
import type { BenchContext } from './harness.ts';
import { uuidFrom } from './seed-ids.ts';

/** A certificate's opening balance, in kopecks. */
export const NORMATIVE = 1_160_900;
const MUNICIPALITY = '07';
const CERTIFICATE_GROUP = 'Дети в возрасте от 5 до 18 лет';

export type FundedCertificate = { certificateId: string; childId: string; number: string };

export type FundedCertificates = {
  children: readonly string[];
  /** the parent of each child, in the same order */
  parentOf: readonly string[];
  birthYear: number;
  /** names the certificate ids: `uuidFrom('<label>-certificate' || child_id)` */
  label: string;
  /** certificate numbers are 4207 followed by firstNumber + 1, + 2, … */
  firstNumber: number;
};

/**
 * Navigator's and billing's read models of children with active certificates and their accounts, opened with the
 * normative: all that enrolment and the price split need. The certificates service itself is not touched.
 */
export async function seedFundedCertificates(ctx: BenchContext, seed: FundedCertificates): Promise<FundedCertificate[]> {
  const certificateId = uuidFrom(`'${seed.label}-certificate' || child_id`);
  const { rows } = await ctx.database('navigator').query<{ certificateId: string; childId: string; number: string }>(
    `WITH c AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t (child_id, parent_id, n))
     , children AS (
       INSERT INTO children (id, parent_ids, birth_date, municipality_code, source_occurred_at)
       SELECT child_id, ARRAY[parent_id], make_date($3, 3, 1), $5, now() FROM c RETURNING id)
     INSERT INTO certificates (id, child_id, number, municipality_code, status, status_occurred_at)
     SELECT ${certificateId}, child_id, '4207' || lpad(($4 + n)::text, 6, '0'), $5, 'active', now()
     FROM c ORDER BY n RETURNING id AS "certificateId", child_id AS "childId", number`,
    [seed.children, seed.parentOf, seed.birthYear, seed.firstNumber, MUNICIPALITY],
  );
  const billing = ctx.database('billing');
  const certificates = [rows.map((r) => r.certificateId), rows.map((r) => r.childId), rows.map((r) => r.number)];
  await billing.query(
    `INSERT INTO children (child_id, parent_ids) SELECT child_id, ARRAY[parent_id] FROM unnest($1::uuid[], $2::uuid[]) AS t (child_id, parent_id)
     ON CONFLICT (child_id) DO NOTHING`,
    [seed.children, seed.parentOf],
  );
  await billing.query(
    `INSERT INTO certificates (certificate_id, child_id, number, municipality_code, group_id, status)
     SELECT id, child_id, number, $4, gen_random_uuid(), 'active' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t (id, child_id, number)`,
    [...certificates, MUNICIPALITY],
  );
  await billing.query(
    `INSERT INTO certificate_accounts (certificate_id, municipality_code, normative_id, period_start, opened_with_kopecks, balance_kopecks)
     SELECT id, $2, NULL, (SELECT max(period_start) FROM normatives), $3, $3 FROM unnest($1::uuid[]) AS id`,
    [certificates[0], MUNICIPALITY, NORMATIVE],
  );
  await billing.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks) SELECT id, 'opening', $2 FROM unnest($1::uuid[]) AS id`,
    [certificates[0], NORMATIVE],
  );
  return rows;
}

export type Family = {
  parentId: string;
  login: string;
  certificates: FundedCertificate[];
  /** a child without a certificate yet, whom the parent may apply for */
  applicantChildId: string;
};

/**
 * `count` parents `<prefix>-<i>` (i from 1), each with `certified` children holding funded certificates and one more
 * child without a certificate, in identity (names, parents), certificates (issued and activated), navigator and
 * billing.
 */
export async function seedFamilies(ctx: BenchContext, prefix: string, count: number, certified: number): Promise<Family[]> {
  const identity = ctx.database('identity');
  const { rows: parents } = await identity.query<{ id: string; login: string }>(
    `INSERT INTO users (login, password_hash, display_name, roles, municipality_code)
     SELECT $1 || '-' || i, u.password_hash, 'Родитель ' || i, ARRAY['parent'], $3
     FROM users u, generate_series(1, $2::int) AS i WHERE u.login = 'parent' ORDER BY i RETURNING id, login`,
    [prefix, count, MUNICIPALITY],
  );
  const birthYear = new Date().getUTCFullYear() - 10;
  const certifiedChildren = parents.flatMap(() => Array.from({ length: certified }, () => randomUUID()));
  const certifiedParents = parents.flatMap((p) => Array.from({ length: certified }, () => p.id));
  const applicants = parents.map(() => randomUUID());
  const allChildren = [...certifiedChildren, ...applicants];
  const allParents = [...certifiedParents, ...parents.map((p) => p.id)];
  await identity.query(
    `WITH c AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t (child_id, parent_id, n))
     , children AS (
       INSERT INTO children (id, last_name, first_name, patronymic, birth_date, sex, address, municipality_code, attends_school)
       SELECT child_id, 'Кампаниев', (ARRAY['Пётр', 'Иван', 'Мария', 'Анна', 'Артём'])[1 + n % 5], 'Сергеевич',
              make_date($3, 3, 1), CASE WHEN n % 5 IN (2, 3) THEN 'female' ELSE 'male' END,
              'г. Киселевск, ул. Ленина, д. ' || (1 + n % 90), $4, true
       FROM c RETURNING id)
     INSERT INTO child_parents (child_id, parent_id) SELECT child_id, parent_id FROM c`,
    [allChildren, allParents, birthYear, MUNICIPALITY],
  );
  const funded = await seedFundedCertificates(ctx, {
    children: certifiedChildren,
    parentOf: certifiedParents,
    birthYear,
    label: prefix,
    firstNumber: 700_000,
  });
  const certificatesDb = ctx.database('certificates');
  await certificatesDb.query(
    `INSERT INTO children (id, parent_ids, birth_date, municipality_code, attends_school, source_occurred_at)
     SELECT child_id, ARRAY[parent_id], make_date($3, 3, 1), $4, true, now() FROM unnest($1::uuid[], $2::uuid[]) AS t (child_id, parent_id)`,
    [allChildren, allParents, birthYear, MUNICIPALITY],
  );
  await certificatesDb.query(
    `WITH c AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[]) AS t (id, child_id, number, parent_id))
     , applications AS (
       INSERT INTO certificate_applications (id, child_id, applicant_user_id, status, created_at)
       SELECT ${uuidFrom("'application' || id")}, child_id, parent_id, 'certificate_issued', now() - interval '3 days' FROM c)
     INSERT INTO certificates (id, number, child_id, municipality_code, group_id, application_id, document_id, status,
                               activated_at, mode, created_at, updated_at)
     SELECT c.id, c.number, c.child_id, $5, g.id, ${uuidFrom("'application' || c.id")}, gen_random_uuid(), 'active',
            now() - interval '1 day', 'financing', now() - interval '2 days', now() - interval '1 day'
     FROM c JOIN certificate_groups g ON g.municipality_code = $5 AND g.name = $6`,
    [
      funded.map((f) => f.certificateId),
      funded.map((f) => f.childId),
      funded.map((f) => f.number),
      certifiedParents,
      MUNICIPALITY,
      CERTIFICATE_GROUP,
    ],
  );
  const byChild = new Map(funded.map((f) => [f.childId, f]));
  return parents.map((parent, i) => ({
    parentId: parent.id,
    login: parent.login,
    certificates: certifiedChildren
      .slice(i * certified, (i + 1) * certified)
      .map((child) => byChild.get(child) as FundedCertificate),
    applicantChildId: applicants[i] as string,
  }));
}
