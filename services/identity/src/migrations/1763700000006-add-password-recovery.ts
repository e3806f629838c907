import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPasswordRecovery1763700000006 implements MigrationInterface {
  name = 'AddPasswordRecovery1763700000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users ADD COLUMN email text');
    // one account per address, whatever the case it was typed in
    await queryRunner.query('CREATE UNIQUE INDEX users_email_idx ON users (lower(email))');
    await queryRunner.query(`
      CREATE TABLE password_recoveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX password_recoveries_user_idx ON password_recoveries (user_id, requested_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE password_recoveries');
    await queryRunner.query('DROP INDEX users_email_idx');
    await queryRunner.query('ALTER TABLE users DROP COLUMN email');
  }
}
