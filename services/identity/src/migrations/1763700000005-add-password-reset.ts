import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPasswordReset1763700000005 implements MigrationInterface {
  name = 'AddPasswordReset1763700000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_reset_by uuid REFERENCES users (id),
        ADD COLUMN password_reset_at timestamptz,
        ADD CONSTRAINT users_password_reset_check CHECK ((password_reset_by IS NULL) = (password_reset_at IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_password_reset_check,
        DROP COLUMN password_reset_at,
        DROP COLUMN password_reset_by,
        DROP COLUMN must_change_password`);
  }
}
