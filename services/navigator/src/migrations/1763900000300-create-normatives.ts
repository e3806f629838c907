import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Municipal normatives from billing's events, so providers see what a certificate pays next to their price. */
export class CreateNormatives1763900000300 implements MigrationInterface {
  name = 'CreateNormatives1763900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE normatives (
        normative_id uuid NOT NULL,
        effective_from date NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        group_name text NOT NULL,
        period_start date NOT NULL,
        amount_kopecks_per_year bigint NOT NULL CHECK (amount_kopecks_per_year >= 0),
        source_occurred_at timestamptz NOT NULL,
        PRIMARY KEY (normative_id, effective_from)
      )`);
    await queryRunner.query(
      'CREATE INDEX normatives_municipality_idx ON normatives (municipality_code, group_name, period_start DESC, effective_from DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE normatives');
  }
}
