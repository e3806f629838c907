import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the catalogue search (measured with the catalog-search benchmark): a page without text walks
 * published programs in title or price order and stops after one page; the counts and facets read a covering
 * index; a group's schedule and seats are checked from its index alone.
 */
export class SearchIndexes1763900000500 implements MigrationInterface {
  name = 'SearchIndexes1763900000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX programs_published_title_idx ON programs (title, id) WHERE status = 'published'`);
    await queryRunner.query(
      `CREATE INDEX programs_published_price_idx ON programs (monthly_price_kopecks, title, id) WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX programs_published_facets_idx
         ON programs (municipality_code, direction, min_age, max_age, monthly_price_kopecks, registry, id)
         WHERE status = 'published'`,
    );
    await queryRunner.query('DROP INDEX programs_published_idx');
    await queryRunner.query(
      'CREATE INDEX program_groups_program_terms_idx ON program_groups (program_id) INCLUDE (days_of_week, seats, seats_taken, end_date)',
    );
    await queryRunner.query('DROP INDEX program_groups_program_idx');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX program_groups_program_idx ON program_groups (program_id)');
    await queryRunner.query('DROP INDEX program_groups_program_terms_idx');
    await queryRunner.query(`CREATE INDEX programs_published_idx ON programs (municipality_code) WHERE status = 'published'`);
    await queryRunner.query(
      'DROP INDEX programs_published_facets_idx, programs_published_price_idx, programs_published_title_idx',
    );
  }
}
