import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's own writes keep what searches count current, in the writing transaction (triggers, so no
 * write path can forget them): `catalogue_facets` counts published programs per municipality, direction
 * and registry, so a search without text reads a thousand rows instead of counting fifteen thousand;
 * `program_terms` sums up each program's groups' days and free seats; `catalogue_version` moves with every
 * change to programs, groups (seats included) and providers, so a cached answer knows when it is stale.
 */
export class CatalogueFacets1764100000700 implements MigrationInterface {
  name = 'CatalogueFacets1764100000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalogue_facets (
        municipality_code text NOT NULL,
        direction text NOT NULL,
        registry text NOT NULL,
        programs int NOT NULL CHECK (programs >= 0),
        PRIMARY KEY (municipality_code, direction, registry)
      )`);
    await queryRunner.query(`
      INSERT INTO catalogue_facets (municipality_code, direction, registry, programs)
      SELECT municipality_code, direction, registry, count(*) FROM programs WHERE status = 'published' GROUP BY 1, 2, 3`);
    await queryRunner.query(`
      CREATE FUNCTION count_catalogue_facets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'published' THEN
          UPDATE catalogue_facets SET programs = programs - 1
          WHERE municipality_code = OLD.municipality_code AND direction = OLD.direction AND registry = OLD.registry;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'published' THEN
          INSERT INTO catalogue_facets (municipality_code, direction, registry, programs)
          VALUES (NEW.municipality_code, NEW.direction, NEW.registry, 1)
          ON CONFLICT (municipality_code, direction, registry) DO UPDATE SET programs = catalogue_facets.programs + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER programs_count_catalogue_facets
        AFTER INSERT OR DELETE OR UPDATE OF status, municipality_code, direction, registry ON programs
        FOR EACH ROW EXECUTE FUNCTION count_catalogue_facets()`);

    // A program's groups, summed up in a narrow table of their own: element 1 is the last day any of its groups
    // runs, element d + 1 the last day of those meeting on weekday d; free_days_until the same over groups with a
    // free seat. A search for a day or free seats reads this instead of every group; a seat taken rewrites one
    // short row (in place, with room left on the page), not the program with its text indexes.
    await queryRunner.query(`
      CREATE TABLE program_terms (
        program_id uuid PRIMARY KEY REFERENCES programs (id) ON DELETE CASCADE,
        open_days_until date[] NOT NULL,
        free_days_until date[] NOT NULL
      ) WITH (fillfactor = 70)`);
    // One pass over the program's groups (a handful) for both summaries: it runs on every seat taken.
    await queryRunner.query(`
      CREATE FUNCTION program_terms_of(program uuid, OUT open_days_until date[], OUT free_days_until date[])
      LANGUAGE sql STABLE AS $$
        SELECT array_agg(open ORDER BY d), array_agg(free ORDER BY d)
        FROM (SELECT d, max(g.end_date) AS open, max(g.end_date) FILTER (WHERE g.seats_taken < g.seats) AS free
              FROM generate_series(0, 7) d
              LEFT JOIN program_groups g ON g.program_id = program AND (d = 0 OR d = ANY (g.days_of_week))
              GROUP BY d) days $$`);
    await queryRunner.query(`
      INSERT INTO program_terms (program_id, open_days_until, free_days_until)
      SELECT g.program_id, t.open_days_until, t.free_days_until
      FROM (SELECT DISTINCT program_id FROM program_groups) g, program_terms_of(g.program_id) t`);
    await queryRunner.query(`
      CREATE FUNCTION refresh_program_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        program uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.program_id ELSE NEW.program_id END;
      BEGIN
        INSERT INTO program_terms (program_id, open_days_until, free_days_until)
        SELECT program, t.open_days_until, t.free_days_until FROM program_terms_of(program) t
        ON CONFLICT (program_id) DO UPDATE
          SET open_days_until = EXCLUDED.open_days_until, free_days_until = EXCLUDED.free_days_until;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER program_groups_refresh_program_terms
        AFTER INSERT OR DELETE OR UPDATE OF days_of_week, end_date, seats, seats_taken ON program_groups
        FOR EACH ROW EXECUTE FUNCTION refresh_program_terms()`);

    // One row, bumped once per writing transaction, at its commit: the lock is the last a writer takes and is
    // held only while it commits, so writers neither queue on it for long nor deadlock over it, and no reader
    // sees the new version without the change.
    await queryRunner.query(`
      CREATE TABLE catalogue_version (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL
      )`);
    await queryRunner.query('INSERT INTO catalogue_version (id, version) VALUES (true, 1)');
    await queryRunner.query(`
      CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('pdo.catalogue_bumped_in', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE catalogue_version SET version = version + 1;
          PERFORM set_config('pdo.catalogue_bumped_in', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['programs', 'program_groups', 'providers']) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER ${table}_bump_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['programs', 'program_groups', 'providers']) {
      await queryRunner.query(`DROP TRIGGER ${table}_bump_catalogue_version ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION bump_catalogue_version()');
    await queryRunner.query('DROP TABLE catalogue_version');
    await queryRunner.query('DROP TRIGGER program_groups_refresh_program_terms ON program_groups');
    await queryRunner.query('DROP FUNCTION refresh_program_terms(), program_terms_of(uuid)');
    await queryRunner.query('DROP TABLE program_terms');
    await queryRunner.query('DROP TRIGGER programs_count_catalogue_facets ON programs');
    await queryRunner.query('DROP FUNCTION count_catalogue_facets()');
    await queryRunner.query('DROP TABLE catalogue_facets');
  }
}
