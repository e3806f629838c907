import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGosuslugi1763700000008 implements MigrationInterface {
  name = 'AddGosuslugi1763700000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN esia_subject text UNIQUE,
        ADD COLUMN snils text UNIQUE CHECK (snils ~ '^[0-9]{11}$')`);
    await queryRunner.query(`
      CREATE TABLE gosuslugi_sign_ins (
        state text PRIMARY KEY,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        linking_user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE gosuslugi_sign_ins');
    await queryRunner.query('ALTER TABLE users DROP COLUMN snils, DROP COLUMN esia_subject');
  }
}
