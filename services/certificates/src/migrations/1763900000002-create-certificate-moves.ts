import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertificateMoves1763900000002 implements MigrationInterface {
  name = 'CreateCertificateMoves1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    // a certificate follows its child to another municipality; the number stays, the move is kept
    await queryRunner.query(`
      CREATE TABLE certificate_moves (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certificate_id uuid NOT NULL REFERENCES certificates(id),
        from_municipality_code text NOT NULL REFERENCES municipalities(code),
        to_municipality_code text NOT NULL REFERENCES municipalities(code),
        from_group_id uuid NOT NULL REFERENCES certificate_groups(id),
        to_group_id uuid NOT NULL REFERENCES certificate_groups(id),
        moved_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX certificate_moves_certificate_idx ON certificate_moves (certificate_id, moved_at)');
    // the coming-of-age run selects children by birth date
    await queryRunner.query('CREATE INDEX children_birth_date_idx ON children (birth_date)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX children_birth_date_idx');
    await queryRunner.query('DROP TABLE certificate_moves');
  }
}
