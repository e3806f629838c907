import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DOMAIN.md: a child who moves keeps the certificate; its account, holds and future charges follow to the new
 * municipality from the month after the move. Each certificate's municipality is kept by the month it starts
 * in, so a month's charges go to the municipality the certificate belonged to that month.
 */
export class CertificateMunicipalities1764100000102 implements MigrationInterface {
  name = 'CertificateMunicipalities1764100000102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE certificate_municipalities (
        certificate_id uuid NOT NULL REFERENCES certificates (certificate_id),
        from_month date NOT NULL CHECK (from_month = '-infinity' OR extract(day FROM from_month) = 1),
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{2}$'),
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (certificate_id, from_month)
      )`);
    // when the certificate last moved, so that an older move replayed late does not move it back
    await queryRunner.query(`ALTER TABLE certificates ADD COLUMN moved_at timestamptz NOT NULL DEFAULT '-infinity'`);
    await queryRunner.query(`
      INSERT INTO certificate_municipalities (certificate_id, from_month, municipality_code, occurred_at)
      SELECT certificate_id, '-infinity', municipality_code, '-infinity' FROM certificates`);
    await queryRunner.query(`
      CREATE FUNCTION municipality_in_month(certificate uuid, month date) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT municipality_code FROM certificate_municipalities
        WHERE certificate_id = certificate AND from_month <= month ORDER BY from_month DESC LIMIT 1
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION municipality_in_month(uuid, date)');
    await queryRunner.query('DROP TABLE certificate_municipalities');
    await queryRunner.query('ALTER TABLE certificates DROP COLUMN moved_at');
  }
}
