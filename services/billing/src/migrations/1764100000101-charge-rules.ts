import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which months may be charged (DOMAIN.md, `reportRefusal`), held by the database too: the day an enrolment
 * was accepted, each certificate's status history (a fully suspended or terminated month is not charged),
 * and a statement trigger that refuses a charge outside the enrolment's term or beyond its reserved months.
 * Free programs (not payable by certificate) reserve nothing.
 */
export class ChargeRules1764100000101 implements MigrationInterface {
  name = 'ChargeRules1764100000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollments
        ADD COLUMN accepted_on date,
        ADD COLUMN payable boolean NOT NULL DEFAULT true`);
    // enrolments accepted before this kept only their group's first day: it stands for the acceptance (those
    // accepted by version 1 of the event, before billing charged months, kept no dates and are not charged)
    await queryRunner.query('UPDATE enrollments SET accepted_on = starts_on WHERE starts_on IS NOT NULL');

    await queryRunner.query(`ALTER TABLE certificates ADD COLUMN status_occurred_at timestamptz NOT NULL DEFAULT '-infinity'`);
    await queryRunner.query(`
      CREATE TABLE certificate_status_history (
        certificate_id uuid NOT NULL REFERENCES certificates (certificate_id),
        status text NOT NULL CHECK (status IN ('inactive', 'active', 'suspended', 'terminated')),
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (certificate_id, occurred_at, status)
      )`);
    await queryRunner.query(`
      INSERT INTO certificate_status_history (certificate_id, status, occurred_at)
      SELECT certificate_id, status, '-infinity' FROM certificates WHERE status <> 'inactive'`);

    // it runs from the later of acceptance and the group's start; never, if it was never accepted
    await queryRunner.query(`
      CREATE FUNCTION enrollment_runs_from(accepted_on date, starts_on date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN accepted_on IS NOT NULL THEN GREATEST(accepted_on, starts_on) END
      $$`);
    // the first day the enrolment is no longer funded: its end, its program's length, or its school year's end
    await queryRunner.query(`
      CREATE FUNCTION enrollment_funded_until(runs_from date, ends_on date, months int) RETURNS date
      LANGUAGE sql IMMUTABLE AS $$
        SELECT LEAST(ends_on,
                     (date_trunc('month', runs_from) + make_interval(months => months))::date,
                     (date_trunc('year', runs_from - interval '8 months') + interval '1 year 8 months')::date)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION enrollment_month_chargeable(status text, runs_from date, ends_on date, months int, month date)
      RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT status <> 'requested' AND runs_from IS NOT NULL
           AND month >= date_trunc('month', runs_from)::date
           AND month < coalesce(enrollment_funded_until(runs_from, ends_on, months), 'infinity'::date)
      $$`);
    // active on at least one day of the month, in Kuzbass time
    await queryRunner.query(`
      CREATE FUNCTION certificate_active_in_month(certificate uuid, month date) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM certificate_status_history h
          WHERE h.certificate_id = certificate AND h.status = 'active'
            AND h.occurred_at < ((month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Novokuznetsk')
            AND NOT EXISTS (SELECT 1 FROM certificate_status_history n
                            WHERE n.certificate_id = h.certificate_id AND n.occurred_at > h.occurred_at
                              AND n.occurred_at <= (month::timestamp AT TIME ZONE 'Asia/Novokuznetsk')))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION monthly_charges_follow_rules() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER monthly_charges_follow_rules AFTER INSERT ON monthly_charges
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION monthly_charges_follow_rules()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER monthly_charges_follow_rules ON monthly_charges');
    await queryRunner.query('DROP FUNCTION monthly_charges_follow_rules()');
    await queryRunner.query('DROP FUNCTION certificate_active_in_month(uuid, date)');
    await queryRunner.query('DROP FUNCTION enrollment_month_chargeable(text, date, date, int, date)');
    await queryRunner.query('DROP FUNCTION enrollment_funded_until(date, date, int)');
    await queryRunner.query('DROP FUNCTION enrollment_runs_from(date, date)');
    await queryRunner.query('DROP TABLE certificate_status_history');
    await queryRunner.query('ALTER TABLE certificates DROP COLUMN status_occurred_at');
    await queryRunner.query('ALTER TABLE enrollments DROP COLUMN payable, DROP COLUMN accepted_on');
  }
}
