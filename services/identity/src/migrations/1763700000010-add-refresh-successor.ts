import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A rotated refresh token remembers what it was rotated into, so a parallel refresh with the same token
 * within the grace window gets that successor. The successor is kept only sealed under a key derived from
 * the rotated token itself (sealWith), which the database never holds.
 */
export class AddRefreshSuccessor1763700000010 implements MigrationInterface {
  name = 'AddRefreshSuccessor1763700000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE refresh_tokens
        ADD COLUMN successor_id uuid REFERENCES refresh_tokens (id) ON DELETE SET NULL,
        ADD COLUMN successor_sealed text,
        ADD CONSTRAINT refresh_tokens_successor_rotated CHECK (successor_id IS NULL OR rotated_at IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_successor_rotated, DROP COLUMN successor_sealed, DROP COLUMN successor_id',
    );
  }
}
