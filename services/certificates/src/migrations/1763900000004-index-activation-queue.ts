import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexActivationQueue1763900000004 implements MigrationInterface {
  name = 'IndexActivationQueue1763900000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    // the operators' activation queue: one municipality's not-yet-activated certificates, oldest first
    await queryRunner.query(
      `CREATE INDEX certificates_activation_queue_idx ON certificates (municipality_code, created_at, id) WHERE status = 'inactive'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX certificates_activation_queue_idx');
  }
}
