import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The направленность of an accepted enrolment's program, for the budget by direction; null for enrolments
 * accepted before navigator sent it.
 */
export class EnrollmentDirection1764000000101 implements MigrationInterface {
  name = 'EnrollmentDirection1764000000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE enrollments ADD COLUMN direction text
       CHECK (direction IN ('technical', 'science', 'sports', 'arts', 'tourism', 'social'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE enrollments DROP COLUMN direction');
  }
}
