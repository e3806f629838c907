import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A parent's own enrolment now carries their consent too: the contract offer (договор-оферта) they accepted
 * and when. Staff-entered ones keep the parent's written or in-person consent; older parents' own enrolments,
 * made before the offer was shown, stay without one.
 */
export class AcceptContractOffer1764300000700 implements MigrationInterface {
  name = 'AcceptContractOffer1764300000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollments
        DROP CONSTRAINT enrollments_parent_consent_check,
        DROP CONSTRAINT enrollments_consent_method_check`);
    await queryRunner.query(`
      ALTER TABLE enrollments ADD CONSTRAINT enrollments_parent_consent_check CHECK (
        (requested_by = parent_user_id AND (
          (consent_method IS NULL AND consent_given_at IS NULL)
          OR (consent_method = 'offer_accepted' AND consent_given_at IS NOT NULL)))
        OR (requested_by <> parent_user_id AND consent_method IN ('written', 'in_person') AND consent_given_at IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE enrollments SET consent_method = NULL, consent_given_at = NULL WHERE consent_method = 'offer_accepted'`,
    );
    await queryRunner.query('ALTER TABLE enrollments DROP CONSTRAINT enrollments_parent_consent_check');
    await queryRunner.query(`
      ALTER TABLE enrollments
        ADD CONSTRAINT enrollments_consent_method_check CHECK (consent_method IN ('written', 'in_person')),
        ADD CONSTRAINT enrollments_parent_consent_check CHECK (
          (requested_by = parent_user_id AND consent_method IS NULL AND consent_given_at IS NULL)
          OR (requested_by <> parent_user_id AND consent_method IS NOT NULL AND consent_given_at IS NOT NULL))`);
  }
}
