import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The program and group an enrolment is for, from navigator's request, so the provider's sheet, the
 * invoice and the parent's price explanation can name them through the federation; null for enrolments
 * requested before billing kept them.
 */
export class EnrollmentProgramGroup1764100000201 implements MigrationInterface {
  name = 'EnrollmentProgramGroup1764100000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE enrollments ADD COLUMN program_id uuid, ADD COLUMN group_id uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE enrollments DROP COLUMN group_id, DROP COLUMN program_id');
  }
}
