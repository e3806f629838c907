import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNormatives1763700000001 implements MigrationInterface {
  name = 'CreateNormatives1763700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE normatives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        group_name text NOT NULL,
        period_start date NOT NULL CHECK (extract(month FROM period_start) = 9 AND extract(day FROM period_start) = 1),
        amount_kopecks bigint NOT NULL CHECK (amount_kopecks >= 0),
        quota int NOT NULL CHECK (quota >= 0),
        budget_kopecks bigint NOT NULL CHECK (budget_kopecks >= 0),
        UNIQUE (municipality_code, group_name, period_start)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE normatives');
  }
}
