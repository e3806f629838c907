import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSignInAddress1763700000007 implements MigrationInterface {
  name = 'AddSignInAddress1763700000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE sign_in_failures ADD COLUMN client_address text');
    await queryRunner.query(
      'CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (client_address, failed_at) WHERE client_address IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX sign_in_failures_address_idx');
    await queryRunner.query('ALTER TABLE sign_in_failures DROP COLUMN client_address');
  }
}
