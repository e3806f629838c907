import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every certificate starts as an accounting one; billing's events make it a financing one (DOMAIN.md). */
export class AddCertificateMode1763900000003 implements MigrationInterface {
  name = 'AddCertificateMode1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE certificates
        ADD COLUMN mode text NOT NULL DEFAULT 'accounting' CHECK (mode IN ('accounting', 'financing')),
        ADD COLUMN mode_reason_code text CHECK (mode_reason_code ~ '^[A-Z][A-Z_]*$'),
        ADD COLUMN mode_period_start date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE certificates DROP COLUMN mode, DROP COLUMN mode_reason_code, DROP COLUMN mode_period_start',
    );
  }
}
