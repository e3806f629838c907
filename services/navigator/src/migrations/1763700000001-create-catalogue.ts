import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalogue1763700000001 implements MigrationInterface {
  name = 'CreateCatalogue1763700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('state', 'municipal', 'private', 'entrepreneur')),
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE programs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id),
        title text NOT NULL,
        description text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('technical', 'science', 'sports', 'arts', 'tourism', 'social')),
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        min_age int NOT NULL CHECK (min_age BETWEEN 0 AND 18),
        max_age int NOT NULL CHECK (max_age BETWEEN 0 AND 18 AND max_age >= min_age),
        monthly_price_kopecks bigint NOT NULL CHECK (monthly_price_kopecks >= 0),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'on_review', 'published', 'returned', 'archived')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query("CREATE INDEX programs_published_idx ON programs (municipality_code) WHERE status = 'published'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE programs');
    await queryRunner.query('DROP TABLE providers');
  }
}
