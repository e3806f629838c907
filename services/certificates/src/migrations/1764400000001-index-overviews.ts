import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The overviews count a municipality's certificates by day issued and activated, and applications by day. */
export class IndexOverviews1764400000001 implements MigrationInterface {
  name = 'IndexOverviews1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX certificates_municipality_created_idx ON certificates (municipality_code, created_at)');
    await queryRunner.query(
      'CREATE INDEX certificates_municipality_activated_idx ON certificates (municipality_code, activated_at) WHERE activated_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX certificate_applications_created_idx ON certificate_applications (created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX certificate_applications_created_idx');
    await queryRunner.query('DROP INDEX certificates_municipality_activated_idx');
    await queryRunner.query('DROP INDEX certificates_municipality_created_idx');
  }
}
