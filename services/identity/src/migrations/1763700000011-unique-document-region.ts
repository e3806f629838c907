import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One real document backs one child across the region: a unique index on kind + normalised series +
 * number. Duplicates that got in before it stay (certificates point at them) but are marked disputed and
 * listed as conflicts for the МОЦ; the oldest of each keeps the document. A refused second family's
 * attempt is kept as a conflict too, so the operator sees both records.
 */
export class UniqueDocumentRegion1763700000011 implements MigrationInterface {
  name = 'UniqueDocumentRegion1763700000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identity_documents ADD COLUMN disputed boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE document_conflicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES identity_documents (id) ON DELETE CASCADE,
        claimant_child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        claimed_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX document_conflicts_document_idx ON document_conflicts (document_id)');
    await queryRunner.query(`
      WITH ranked AS (
        SELECT id, child_id, created_by,
               first_value(id) OVER (PARTITION BY kind, upper(regexp_replace(series, '[[:space:]]', '', 'g')), number
                                     ORDER BY created_at, id) AS holder_id
        FROM identity_documents
      ), marked AS (
        UPDATE identity_documents d SET disputed = true FROM ranked r WHERE d.id = r.id AND r.id <> r.holder_id
        RETURNING r.holder_id, r.child_id, r.created_by
      )
      INSERT INTO document_conflicts (document_id, claimant_child_id, claimed_by)
      SELECT holder_id, child_id, created_by FROM marked`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX identity_documents_region_uq
        ON identity_documents (kind, upper(regexp_replace(series, '[[:space:]]', '', 'g')), number) WHERE NOT disputed`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX identity_documents_region_uq');
    await queryRunner.query('DROP TABLE document_conflicts');
    await queryRunner.query('ALTER TABLE identity_documents DROP COLUMN disputed');
  }
}
