import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The child's first name from identity's events, so a letter to the family says which child it is about. */
export class AddChildFirstName1764200000001 implements MigrationInterface {
  name = 'AddChildFirstName1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE children ADD COLUMN first_name text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE children DROP COLUMN first_name');
  }
}
