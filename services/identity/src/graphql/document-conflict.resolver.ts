import { hasRole, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { reasonOf } from './child.access';
import { DocumentConflict } from './document-conflict.type';

@Resolver()
export class DocumentConflictResolver {
  @Authorized('operator', 'regional_admin')
  @Query(() => [DocumentConflict], {
    description:
      'Документы, указанные у двух детей: оператор МОЦ видит те, где хотя бы один ребёнок из его муниципалитета, РМЦ — все; новые сверху. Каждый показ записывается в журнал доступа',
  })
  async documentConflicts(
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<DocumentConflict[]> {
    const why = reasonOf(reason);
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
      )) as DocumentConflict[];
      // the series and number are shown: each is a staff read of the document, written before it is returned
      if (conflicts.length > 0) {
        await manager.insert(
          AuditLogEntity,
          conflicts.map((conflict) => ({
            actorUserId: viewer.userId as string,
            actorRoles: viewer.roles,
            recordType: 'identity_document' as const,
            recordId: conflict.documentId,
            field: 'number' as const,
            reason: why,
          })),
        );
      }
      return conflicts;
    });
  }
}
