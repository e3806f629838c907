import { hasRole, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import type { DocumentKind } from '../domain/identity-document.rules';
import { AuditLogEntity } from '../entities/audit-log.entity';

export interface DocumentConflictRow {
  id: string;
  kind: DocumentKind;
  series: string;
  number: string;
  documentId: string;
  holderChildId: string;
  claimantChildId: string;
  createdAt: Date;
}

/**
 * Documents claimed for two children: an operator sees those with a child of his municipality, the РМЦ all.
 * The series and number are shown, so each is a staff read of the document, written before it is returned.
 */
export function documentConflicts(dataSource: DataSource, viewer: Viewer, reason: string | null): Promise<DocumentConflictRow[]> {
  const everywhere = hasRole(viewer, 'regional_admin');
  return dataSource.transaction(async (manager) => {
    const conflicts = (await manager.query(
      `SELECT dc.id, d.kind, d.series, d.number, dc.document_id AS "documentId", d.child_id AS "holderChildId",
              dc.claimant_child_id AS "claimantChildId", dc.created_at AS "createdAt"
       FROM document_conflicts dc
       JOIN identity_documents d ON d.id = dc.document_id
       JOIN children holder ON holder.id = d.child_id
       JOIN children claimant ON claimant.id = dc.claimant_child_id
       WHERE $1 OR holder.municipality_code = $2 OR claimant.municipality_code = $2
       ORDER BY dc.created_at DESC, dc.id
       LIMIT 200`,
      [everywhere, viewer.municipalityCode],
    )) as DocumentConflictRow[];
    if (conflicts.length > 0) {
      await manager.insert(
        AuditLogEntity,
        conflicts.map((conflict) => ({
          actorUserId: viewer.userId as string,
          actorRoles: viewer.roles,
          recordType: 'identity_document' as const,
          recordId: conflict.documentId,
          field: 'number' as const,
          reason,
        })),
      );
    }
    return conflicts;
  });
}
