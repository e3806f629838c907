import { randomUUID } from 'node:crypto';
import type { Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ChildrenExportScope, ExportedDocument } from '../domain/children-export.rules';
import type { Sex } from '../domain/child.rules';
import type { DocumentKind } from '../domain/identity-document.rules';
import { AuditLogEntity } from '../entities/audit-log.entity';

export interface ChildExportRow {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthDate: string;
  sex: Sex;
  municipalityCode: string;
  address: string;
  attendsSchool: boolean;
  parentNames: string | null;
  document: ExportedDocument | null;
  createdAt: Date;
}

export interface ChildrenExportRequest {
  scope: ChildrenExportScope;
  format: 'xlsx' | 'csv';
  reason: string;
}

const PAGE_SIZE = 1000;

type KeysetRow = Omit<ChildExportRow, 'document'> & {
  documentKind: DocumentKind | null;
  documentSeries: string | null;
  documentNumber: string | null;
};

/**
 * The register in the order of its index (municipality, surname, name, patronymic, id), page by page on that
 * key, so the whole region is read without an OFFSET and without holding it in memory. The child's document
 * is the newest undisputed one; parents are listed by name.
 */
async function* childPages(manager: EntityManager, municipalityCode: string | null): AsyncGenerator<ChildExportRow[]> {
  let after: KeysetRow | null = null;
  for (;;) {
    const parameters: unknown[] = [PAGE_SIZE];
    const conditions: string[] = [];
    if (municipalityCode !== null) {
      parameters.push(municipalityCode);
      conditions.push(`c.municipality_code = $${parameters.length}`);
    }
    if (after) {
      parameters.push(after.municipalityCode, after.lastName, after.firstName, after.patronymic ?? '', after.id);
      const at = parameters.length - 4;
      conditions.push(
        `(c.municipality_code, c.last_name, c.first_name, coalesce(c.patronymic, ''), c.id) > ($${at}, $${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}::uuid)`,
      );
    }
    const rows: KeysetRow[] = await manager.query(
      `SELECT c.id, c.last_name AS "lastName", c.first_name AS "firstName", c.patronymic, c.birth_date::text AS "birthDate",
              c.sex, c.municipality_code AS "municipalityCode", c.address, c.attends_school AS "attendsSchool",
              c.created_at AS "createdAt", p.names AS "parentNames",
              d.kind AS "documentKind", d.series AS "documentSeries", d.number AS "documentNumber"
         FROM children c
         LEFT JOIN LATERAL (
              SELECT string_agg(u.display_name, ', ' ORDER BY u.display_name) AS names
                FROM child_parents cp JOIN users u ON u.id = cp.parent_id
               WHERE cp.child_id = c.id) p ON true
         LEFT JOIN LATERAL (
              SELECT kind, series, number FROM identity_documents
               WHERE child_id = c.id
               ORDER BY disputed, created_at DESC, id
               LIMIT 1) d ON true
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY c.municipality_code, c.last_name, c.first_name, coalesce(c.patronymic, ''), c.id
        LIMIT $1`,
      parameters,
    );
    yield rows.map(({ documentKind, documentSeries, documentNumber, ...child }) => ({
      ...child,
      document: documentKind === null ? null : { kind: documentKind, series: documentSeries ?? '', number: documentNumber ?? '' },
    }));
    if (rows.length < PAGE_SIZE) return;
    after = rows[rows.length - 1]!;
  }
}

/**
 * Exports the register of children: `write` turns the pages into the file as they are read, and the export is
 * journaled once (who, when, why, format, municipality, rows) in the same transaction. REPEATABLE READ gives
 * every page one snapshot, so the row count written to the journal is what the file holds; a failed export
 * writes no entry and returns no file.
 */
export function exportChildren<File extends { rows: number }>(
  dataSource: DataSource,
  viewer: Viewer,
  request: ChildrenExportRequest,
  write: (pages: AsyncIterable<readonly ChildExportRow[]>) => Promise<File>,
): Promise<File> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const file = await write(childPages(manager, request.scope.municipalityCode));
    await manager.insert(AuditLogEntity, {
      actorUserId: viewer.userId as string,
      actorRoles: viewer.roles,
      recordType: 'export',
      recordId: randomUUID(),
      field: 'children',
      reason: request.reason,
      exportFormat: request.format,
      rowCount: file.rows,
      municipalityCode: request.scope.municipalityCode,
    });
    return file;
  });
}
