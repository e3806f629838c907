import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSessionsApiKeys1763700000004 implements MigrationInterface {
  name = 'CreateSessionsApiKeys1763700000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)');
    await queryRunner.query('CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL');
    // a family has at most one token not yet exchanged, so two refreshes of one token cannot both win
    await queryRunner.query(
      'CREATE UNIQUE INDEX refresh_tokens_family_current_idx ON refresh_tokens (family_id) WHERE rotated_at IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL,
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX api_keys_prefix_idx ON api_keys (prefix)');
    await queryRunner.query('CREATE INDEX api_keys_provider_idx ON api_keys (provider_id, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE api_keys');
    await queryRunner.query('DROP TABLE refresh_tokens');
  }
}
