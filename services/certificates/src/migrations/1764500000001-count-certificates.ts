import { REGION_TIME_ZONE } from '@pdo/service-kit/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overviews read counter tables kept by statement triggers instead of every certificate and application:
 * certificates by municipality, group, status and mode, and each municipality's applications, issues and
 * activations per Kuzbass day. The triggers only append each statement's net change, so concurrent issues and
 * activations never wait for (or deadlock on) a shared counter row; a periodic run folds the appended rows.
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
      CREATE TABLE certificate_day_counts (
        municipality_code text NOT NULL,
        day date NOT NULL,
        applications integer NOT NULL DEFAULT 0,
        issued integer NOT NULL DEFAULT 0,
        activated integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(
      'CREATE INDEX certificate_day_counts_municipality_idx ON certificate_day_counts (municipality_code, day)',
    );

    const kuzbassDay = (column: string) => `(${column} AT TIME ZONE '${REGION_TIME_ZONE}')::date`;
    const functions = {
      count_certificates: (rows: string) => `
        INSERT INTO certificate_counts
        SELECT municipality_code, group_id, status, mode, sum(sign) FROM (${rows}) c GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0`,
      count_certificate_days: (rows: string) => `
        INSERT INTO certificate_day_counts (municipality_code, day, issued, activated)
        SELECT municipality_code, day, sum(issued), sum(activated) FROM (
          SELECT municipality_code, ${kuzbassDay('created_at')} AS day, sign AS issued, 0 AS activated FROM (${rows}) c
          UNION ALL
          SELECT municipality_code, ${kuzbassDay('activated_at')}, 0, sign FROM (${rows}) c WHERE activated_at IS NOT NULL
        ) d GROUP BY 1, 2 HAVING sum(issued) <> 0 OR sum(activated) <> 0`,
      // an application counts for the municipality its child lived in when it was made
      count_application_days: (rows: string) => `
        INSERT INTO certificate_day_counts (municipality_code, day, applications)
        SELECT ch.municipality_code, ${kuzbassDay('a.created_at')}, sum(a.sign) FROM (${rows}) a JOIN children ch ON ch.id = a.child_id
        GROUP BY 1, 2 HAVING sum(a.sign) <> 0`,
    };
    // a trigger sees only the transition tables of its own event, so each function has a branch per event
    for (const [name, statement] of Object.entries(functions)) {
      await queryRunner.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN ${statement('SELECT *, 1 AS sign FROM new_rows')};
          ELSIF TG_OP = 'DELETE' THEN ${statement('SELECT *, -1 AS sign FROM old_rows')};
          ELSE ${statement('SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows')};
          END IF;
          RETURN NULL;
        END $$`);
    }
    for (const [table, name] of TRIGGERS) {
      await queryRunner.query(`CREATE TRIGGER ${name}_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
      await queryRunner.query(`CREATE TRIGGER ${name}_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
      await queryRunner.query(`CREATE TRIGGER ${name}_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }

    await queryRunner.query(`
      INSERT INTO certificate_counts SELECT municipality_code, group_id, status, mode, count(*) FROM certificates GROUP BY 1, 2, 3, 4`);
    await queryRunner.query(`
      INSERT INTO certificate_day_counts (municipality_code, day, issued) SELECT municipality_code, ${kuzbassDay('created_at')}, count(*)
      FROM certificates GROUP BY 1, 2`);
    await queryRunner.query(`
      INSERT INTO certificate_day_counts (municipality_code, day, activated)
      SELECT municipality_code, ${kuzbassDay('activated_at')}, count(*) FROM certificates WHERE activated_at IS NOT NULL GROUP BY 1, 2`);
    await queryRunner.query(`
      INSERT INTO certificate_day_counts (municipality_code, day, applications)
      SELECT ch.municipality_code, ${kuzbassDay('a.created_at')}, count(*)
      FROM certificate_applications a JOIN children ch ON ch.id = a.child_id GROUP BY 1, 2`);
    // the oldest waiting certificate of each group, without reading the others
    await queryRunner.query(
      `CREATE INDEX certificates_waiting_idx ON certificates (municipality_code, group_id, created_at) WHERE status = 'inactive'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX certificates_waiting_idx');
    for (const [table, name] of TRIGGERS) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${name}_${event} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query('DROP TABLE certificate_day_counts');
    await queryRunner.query('DROP TABLE certificate_counts');
  }
}

const TRIGGERS = [
  ['certificates', 'count_certificates'],
  ['certificates', 'count_certificate_days'],
  ['certificate_applications', 'count_application_days'],
] as const;
