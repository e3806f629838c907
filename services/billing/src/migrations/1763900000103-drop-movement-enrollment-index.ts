import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lookups of an enrolment's movements are served by the unique indexes on its reservation, final release
 * and monthly movements; the plain index only slowed the month end's bulk insert.
 */
export class DropMovementEnrollmentIndex1763900000103 implements MigrationInterface {
  name = 'DropMovementEnrollmentIndex1763900000103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX account_movements_enrollment_idx');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX account_movements_enrollment_idx ON account_movements (enrollment_id) WHERE enrollment_id IS NOT NULL',
    );
  }
}
