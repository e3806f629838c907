import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferenceData1763700000001 implements MigrationInterface {
  name = 'CreateReferenceData1763700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE municipalities (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('city', 'district'))
      )`);
    await queryRunner.query(`
      CREATE TABLE certificate_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_code text NOT NULL REFERENCES municipalities(code),
        name text NOT NULL,
        min_age int NOT NULL CHECK (min_age >= 0),
        max_age int NOT NULL CHECK (max_age > min_age),
        UNIQUE (municipality_code, name)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE certificate_groups');
    await queryRunner.query('DROP TABLE municipalities');
  }
}
