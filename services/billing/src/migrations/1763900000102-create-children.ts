import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Billing's read model of who a child's parents are, from identity's events: only they see the child's split. */
export class CreateChildren1763900000102 implements MigrationInterface {
  name = 'CreateChildren1763900000102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE children (child_id uuid PRIMARY KEY, parent_ids uuid[] NOT NULL)`);
    await queryRunner.query('CREATE INDEX certificates_child_idx ON certificates (child_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX certificates_child_idx');
    await queryRunner.query('DROP TABLE children');
  }
}
