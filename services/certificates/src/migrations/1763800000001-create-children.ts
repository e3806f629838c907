import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read model of children, fed by identity's events: no names, no documents. */
export class CreateChildren1763800000001 implements MigrationInterface {
  name = 'CreateChildren1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE children (
        id uuid PRIMARY KEY,
        parent_ids uuid[] NOT NULL,
        birth_date date NOT NULL,
        municipality_code text NOT NULL REFERENCES municipalities(code),
        attends_school boolean NOT NULL,
        consent_withdrawn_at timestamptz,
        source_occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX children_parent_ids_idx ON children USING gin (parent_ids)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE children');
  }
}
