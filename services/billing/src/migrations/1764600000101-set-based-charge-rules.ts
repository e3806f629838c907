import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The charge rules, unchanged, made fit for the month end's 150 000 lines. `date_trunc` of a `date` resolves to
 * the `timestamptz` variant, which is only STABLE: the rules declared IMMUTABLE could not be inlined and cost a
 * function call per line (5.5 s of the month end); with `timestamp` they inline into the query. A certificate's
 * status and municipality in a month are answered for a set of certificates at once, and the one-certificate
 * functions become that set of one, so each rule is written once. The charges' trigger checks set-based too.
 */
export class SetBasedChargeRules1764600000101 implements MigrationInterface {
  name = 'SetBasedChargeRules1764600000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION enrollment_funded_until(runs_from date, ends_on date, months int) RETURNS date
      LANGUAGE sql IMMUTABLE AS $$
        SELECT LEAST(ends_on,
                     (date_trunc('month', runs_from::timestamp) + make_interval(months => months))::date,
                     (date_trunc('year', runs_from - interval '8 months') + interval '1 year 8 months')::date)
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION enrollment_month_chargeable(status text, runs_from date, ends_on date, months int, month date)
      RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT status <> 'requested' AND runs_from IS NOT NULL
           AND month >= date_trunc('month', runs_from::timestamp)::date
           AND month < coalesce(enrollment_funded_until(runs_from, ends_on, months), 'infinity'::date)
      $$`);

    // active on at least one day of the month, in Kuzbass time: active when the month began (the last status
    // by then, ties included) or made active during it
    await queryRunner.query(`
      CREATE FUNCTION certificates_active_in_month(month date, candidates uuid[]) RETURNS SETOF uuid
      LANGUAGE sql STABLE AS $$
        SELECT certificate_id FROM (
          SELECT h.certificate_id, h.status, h.occurred_at,
                 max(h.occurred_at) FILTER (WHERE h.occurred_at <= (month::timestamp AT TIME ZONE 'Asia/Novokuznetsk'))
                   OVER (PARTITION BY h.certificate_id) AS last_before
          FROM certificate_status_history h
          WHERE h.certificate_id = ANY (candidates)
            AND h.occurred_at < ((month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Novokuznetsk')
        ) h
        GROUP BY certificate_id
        HAVING bool_or(status = 'active'
                       AND (occurred_at = last_before OR occurred_at > (month::timestamp AT TIME ZONE 'Asia/Novokuznetsk')))
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION certificate_active_in_month(certificate uuid, month date) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM certificates_active_in_month(month, ARRAY[certificate]))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION certificate_municipalities_in_month(month date, candidates uuid[])
      RETURNS TABLE (certificate_id uuid, municipality_code text) LANGUAGE sql STABLE AS $$
        SELECT DISTINCT ON (m.certificate_id) m.certificate_id, m.municipality_code FROM certificate_municipalities m
        WHERE m.certificate_id = ANY (candidates) AND m.from_month <= month
        ORDER BY m.certificate_id, m.from_month DESC
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION municipality_in_month(certificate uuid, month date) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT municipality_code FROM certificate_municipalities_in_month(month, ARRAY[certificate])
      $$`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION monthly_charges_follow_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM inserted i JOIN enrollments e ON e.enrollment_id = i.enrollment_id
                   WHERE NOT enrollment_month_chargeable(e.status, enrollment_runs_from(e.accepted_on, e.starts_on), e.ends_on,
                                                         e.months, i.month))
           OR EXISTS (SELECT 1 FROM (SELECT month, array_agg(DISTINCT certificate_id) AS ids FROM inserted GROUP BY month) m
                      WHERE cardinality(m.ids) <> (SELECT count(*) FROM certificates_active_in_month(m.month, m.ids))) THEN
          RAISE EXCEPTION 'a month the enrolment may not be charged for'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'monthly_charges_chargeable';
        END IF;
        IF EXISTS (SELECT 1 FROM (SELECT mc.enrollment_id, count(*) AS charged FROM monthly_charges mc
                                  WHERE NOT mc.reversed AND mc.enrollment_id IN (SELECT enrollment_id FROM inserted)
                                  GROUP BY 1) c
                   JOIN enrollments e ON e.enrollment_id = c.enrollment_id
                   WHERE c.charged > e.months) THEN
          RAISE EXCEPTION 'more months charged than reserved'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'monthly_charges_within_term';
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION monthly_charges_follow_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM inserted i JOIN enrollments e ON e.enrollment_id = i.enrollment_id
                   WHERE NOT enrollment_month_chargeable(e.status, enrollment_runs_from(e.accepted_on, e.starts_on), e.ends_on, e.months, i.month)
                      OR NOT certificate_active_in_month(i.certificate_id, i.month)) THEN
          RAISE EXCEPTION 'a month the enrolment may not be charged for'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'monthly_charges_chargeable';
        END IF;
        IF EXISTS (SELECT 1 FROM enrollments e
                   WHERE e.enrollment_id IN (SELECT enrollment_id FROM inserted)
                     AND (SELECT count(*) FROM monthly_charges mc
                          WHERE mc.enrollment_id = e.enrollment_id AND NOT mc.reversed) > e.months) THEN
          RAISE EXCEPTION 'more months charged than reserved'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'monthly_charges_within_term';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION municipality_in_month(certificate uuid, month date) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT municipality_code FROM certificate_municipalities
        WHERE certificate_id = certificate AND from_month <= month ORDER BY from_month DESC LIMIT 1
      $$`);
    await queryRunner.query('DROP FUNCTION certificate_municipalities_in_month(date, uuid[])');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION certificate_active_in_month(certificate uuid, month date) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM certificate_status_history h
          WHERE h.certificate_id = certificate AND h.status = 'active'
            AND h.occurred_at < ((month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Novokuznetsk')
            AND NOT EXISTS (SELECT 1 FROM certificate_status_history n
                            WHERE n.certificate_id = h.certificate_id AND n.occurred_at > h.occurred_at
                              AND n.occurred_at <= (month::timestamp AT TIME ZONE 'Asia/Novokuznetsk')))
      $$`);
    await queryRunner.query('DROP FUNCTION certificates_active_in_month(date, uuid[])');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION enrollment_month_chargeable(status text, runs_from date, ends_on date, months int, month date)
      RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT status <> 'requested' AND runs_from IS NOT NULL
           AND month >= date_trunc('month', runs_from)::date
           AND month < coalesce(enrollment_funded_until(runs_from, ends_on, months), 'infinity'::date)
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION enrollment_funded_until(runs_from date, ends_on date, months int) RETURNS date
      LANGUAGE sql IMMUTABLE AS $$
        SELECT LEAST(ends_on,
                     (date_trunc('month', runs_from) + make_interval(months => months))::date,
                     (date_trunc('year', runs_from - interval '8 months') + interval '1 year 8 months')::date)
      $$`);
  }
}
