import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DOMAIN.md: a child who moves keeps the certificate; the parent asks (by changing the child's municipality)
 * and the МОЦ of the new municipality confirms. Until then the certificate stays where it was.
 */
export class AddMoveRequests1764100000001 implements MigrationInterface {
  name = 'AddMoveRequests1764100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE certificate_move_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certificate_id uuid NOT NULL REFERENCES certificates (id),
        from_municipality_code text NOT NULL REFERENCES municipalities (code),
        to_municipality_code text NOT NULL REFERENCES municipalities (code),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'refused', 'withdrawn')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid,
        decided_at timestamptz,
        reason text,
        CHECK (from_municipality_code <> to_municipality_code),
        CHECK ((status = 'pending') = (decided_at IS NULL)),
        CHECK (status <> 'refused' OR reason IS NOT NULL)
      )`);
    // one open request per certificate; a newer one withdraws the older
    await queryRunner.query(
      `CREATE UNIQUE INDEX certificate_move_requests_pending_uq ON certificate_move_requests (certificate_id) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      'CREATE INDEX certificate_move_requests_queue_idx ON certificate_move_requests (to_municipality_code, status, requested_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE certificate_move_requests');
  }
}
