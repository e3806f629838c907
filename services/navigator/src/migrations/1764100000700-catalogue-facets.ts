import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's own writes keep what searches count current, in the writing transaction (triggers, so no
 * write path can forget them): `catalogue_facets` counts published programs per municipality, direction
 * and registry, so a search without text reads a thousand rows instead of counting fifteen thousand;
 * `catalogue_version` moves with every change to programs, groups (seats included) and providers, so a cached
 * answer knows when it is stale.
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
    await queryRunner.query('DROP TRIGGER programs_count_catalogue_facets ON programs');
    await queryRunner.query('DROP FUNCTION count_catalogue_facets()');
    await queryRunner.query('DROP TABLE catalogue_facets');
  }
}
