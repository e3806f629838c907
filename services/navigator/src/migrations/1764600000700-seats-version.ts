import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seats are taken and freed with every enrolment, yet only searches for free seats read them: a change of a
 * group's seats taken alone moves `seats_version`, every other change to programs, groups and providers
 * `version`. Cached answers of other searches then survive the campaign morning's stream of enrolments.
 */
export class SeatsVersion1764600000700 implements MigrationInterface {
  name = 'SeatsVersion1764600000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE catalogue_version ADD COLUMN seats_version bigint NOT NULL DEFAULT 1');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'program_groups'
           AND to_jsonb(OLD) - 'seats_taken' = to_jsonb(NEW) - 'seats_taken' THEN
          IF current_setting('pdo.catalogue_seats_bumped_in', true) IS DISTINCT FROM txid_current()::text THEN
            UPDATE catalogue_version SET seats_version = seats_version + 1;
            PERFORM set_config('pdo.catalogue_seats_bumped_in', txid_current()::text, true);
          END IF;
        ELSIF current_setting('pdo.catalogue_bumped_in', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE catalogue_version SET version = version + 1;
          PERFORM set_config('pdo.catalogue_bumped_in', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('pdo.catalogue_bumped_in', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE catalogue_version SET version = version + 1;
          PERFORM set_config('pdo.catalogue_bumped_in', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('ALTER TABLE catalogue_version DROP COLUMN seats_version');
  }
}
