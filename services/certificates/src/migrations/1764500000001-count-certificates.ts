import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overviews read certificates by municipality, group, status and mode from a counter table kept by
 * statement triggers, so the region overview reads a few hundred rows instead of every certificate. The
 * triggers only append each statement's net change, so concurrent issues and activations never wait for (or
 * deadlock on) a shared counter row; a periodic run folds the appended rows back into one per key.
 */
export class CountCertificates1764500000001 implements MigrationInterface {
  name = 'CountCertificates1764500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE certificate_counts (
        municipality_code text NOT NULL,
        group_id uuid NOT NULL,
        status text NOT NULL,
        mode text NOT NULL,
        certificates integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX certificate_counts_municipality_idx ON certificate_counts (municipality_code)');
    await queryRunner.query(`
      CREATE FUNCTION count_certificates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO certificate_counts SELECT municipality_code, group_id, status, mode, count(*) FROM new_rows GROUP BY 1, 2, 3, 4;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO certificate_counts SELECT municipality_code, group_id, status, mode, -count(*) FROM old_rows GROUP BY 1, 2, 3, 4;
        ELSE
          -- an update that changes none of the four columns nets to nothing and appends nothing
          INSERT INTO certificate_counts
          SELECT municipality_code, group_id, status, mode, sum(n) FROM (
            SELECT municipality_code, group_id, status, mode, -1 AS n FROM old_rows
            UNION ALL SELECT municipality_code, group_id, status, mode, 1 FROM new_rows
          ) d GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER certificates_counted_insert AFTER INSERT ON certificates
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_certificates()`);
    await queryRunner.query(`CREATE TRIGGER certificates_counted_update AFTER UPDATE ON certificates
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_certificates()`);
    await queryRunner.query(`CREATE TRIGGER certificates_counted_delete AFTER DELETE ON certificates
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_certificates()`);
    await queryRunner.query(`
      INSERT INTO certificate_counts SELECT municipality_code, group_id, status, mode, count(*) FROM certificates GROUP BY 1, 2, 3, 4`);
    // the oldest waiting certificate of each group, without reading the others
    await queryRunner.query(
      `CREATE INDEX certificates_waiting_idx ON certificates (municipality_code, group_id, created_at) WHERE status = 'inactive'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX certificates_waiting_idx');
    await queryRunner.query('DROP TRIGGER certificates_counted_delete ON certificates');
    await queryRunner.query('DROP TRIGGER certificates_counted_update ON certificates');
    await queryRunner.query('DROP TRIGGER certificates_counted_insert ON certificates');
    await queryRunner.query('DROP FUNCTION count_certificates()');
    await queryRunner.query('DROP TABLE certificate_counts');
  }
}
