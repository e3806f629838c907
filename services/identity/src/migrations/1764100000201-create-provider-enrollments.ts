import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which providers a child applied to, from navigator's enrolment requests: the provider's staff may then
 * read the child's name (and nothing else) for its attendance sheet and contracts.
 */
export class CreateProviderEnrollments1764100000201 implements MigrationInterface {
  name = 'CreateProviderEnrollments1764100000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE provider_enrollments (
        enrollment_id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        provider_id uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX provider_enrollments_child_idx ON provider_enrollments (child_id, provider_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE provider_enrollments');
  }
}
