import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff may enter an enrolment for a parent: the parent it is for is kept apart from who entered it,
 * and such an enrolment must carry the parent's consent (how and when) — the database refuses one without.
 */
export class RecordParentConsent1763900000400 implements MigrationInterface {
  name = 'RecordParentConsent1763900000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollments
        ADD COLUMN parent_user_id uuid,
        ADD COLUMN consent_method text CHECK (consent_method IN ('written', 'in_person')),
        ADD COLUMN consent_given_at timestamptz,
        ADD COLUMN consent_document text`);
    // Until now only parents applied, each for themselves.
    await queryRunner.query('UPDATE enrollments SET parent_user_id = requested_by');
    await queryRunner.query('ALTER TABLE enrollments ALTER COLUMN parent_user_id SET NOT NULL');
    await queryRunner.query(`
      ALTER TABLE enrollments ADD CONSTRAINT enrollments_parent_consent_check CHECK (
        (requested_by = parent_user_id AND consent_method IS NULL AND consent_given_at IS NULL)
        OR (requested_by <> parent_user_id AND consent_method IS NOT NULL AND consent_given_at IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollments
        DROP CONSTRAINT enrollments_parent_consent_check,
        DROP COLUMN consent_document, DROP COLUMN consent_given_at, DROP COLUMN consent_method, DROP COLUMN parent_user_id`);
  }
}
