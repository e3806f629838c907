import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An export of personal data is one journal entry, not one per row: which table, in which format, for which
 * municipality (none: the whole region) and how many rows it held. The index serves the export's keyset order.
 */
export class AddExportJournal1764300000001 implements MigrationInterface {
  name = 'AddExportJournal1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN export_format text,
        ADD COLUMN row_count integer,
        ADD COLUMN municipality_code text`);
    await queryRunner.query(`
      CREATE INDEX children_export_idx
        ON children (municipality_code, last_name, first_name, (coalesce(patronymic, '')), id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX children_export_idx');
    await queryRunner.query(
      'ALTER TABLE audit_log DROP COLUMN export_format, DROP COLUMN row_count, DROP COLUMN municipality_code',
    );
  }
}
