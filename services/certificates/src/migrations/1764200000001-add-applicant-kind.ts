import type { MigrationInterface, QueryRunner } from 'typeorm';

/** DOMAIN.md: the applicant is the parent or the pupil of 14+; the form and the consent read differently. */
export class AddApplicantKind1764200000001 implements MigrationInterface {
  name = 'AddApplicantKind1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE certificate_applications
         ADD COLUMN applicant_kind text NOT NULL DEFAULT 'parent' CHECK (applicant_kind IN ('parent', 'pupil'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE certificate_applications DROP COLUMN applicant_kind');
  }
}
