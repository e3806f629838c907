import type { MigrationInterface, QueryRunner } from 'typeorm';
import { kuzbassMunicipalities } from '@pdo/service-kit';

/** Reference data every installation needs: the 34 municipalities and their default certificate group. */
export class SeedMunicipalities1763700000002 implements MigrationInterface {
  name = 'SeedMunicipalities1763700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const m of kuzbassMunicipalities) {
      await queryRunner.query('INSERT INTO municipalities (code, name, kind) VALUES ($1, $2, $3)', [m.code, m.name, m.kind]);
      await queryRunner.query(
        `INSERT INTO certificate_groups (municipality_code, name, min_age, max_age)
         VALUES ($1, 'Дети в возрасте от 5 до 18 лет', 5, 18)`,
        [m.code],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM certificate_groups');
    await queryRunner.query('DELETE FROM municipalities');
  }
}
