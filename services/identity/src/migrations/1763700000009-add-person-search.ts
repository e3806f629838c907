import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff search of children and families by name: names kept lower-cased with «ё» as «е»
 * (normalizeName in person-search.rules), under trigram indexes for prefixes and typos.
 */
export class AddPersonSearch1763700000009 implements MigrationInterface {
  name = 'AddPersonSearch1763700000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(`
      ALTER TABLE children ADD COLUMN search_name text NOT NULL
        GENERATED ALWAYS AS (translate(lower(last_name || ' ' || first_name || coalesce(' ' || patronymic, '')), 'ё', 'е')) STORED`);
    await queryRunner.query(`
      ALTER TABLE users ADD COLUMN search_name text NOT NULL
        GENERATED ALWAYS AS (translate(lower(display_name || ' ' || login || coalesce(' ' || email, '')), 'ё', 'е')) STORED`);
    await queryRunner.query('CREATE INDEX children_search_name_idx ON children USING gin (search_name gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX users_search_name_idx ON users USING gin (search_name gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users DROP COLUMN search_name');
    await queryRunner.query('ALTER TABLE children DROP COLUMN search_name');
  }
}
