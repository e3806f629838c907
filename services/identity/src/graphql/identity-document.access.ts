import type { RequestContext } from '@pdo/service-kit';
import type { AuditedField } from '../entities/audit-log.entity';
import { AuditLogEntity } from '../entities/audit-log.entity';
import type { IdentityDocumentEntity } from '../entities/identity-document.entity';
import type { ReadScope } from './child.type';
import type { IdentityDocument } from './identity-document.type';

export const toDocument = (entity: IdentityDocumentEntity, scope: ReadScope): IdentityDocument => ({
  id: entity.id,
  childId: entity.childId,
  kind: entity.kind,
  series: entity.series,
  number: entity.number,
  issuedOn: entity.issuedOn,
  issuer: entity.issuer,
  divisionCode: entity.divisionCode,
  createdAt: entity.createdAt,
  scope,
});

/** A staff read of a number or a scan is written before the value is returned; if the write fails, so does the read. */
export async function auditRead(
  { viewer, dataSource }: RequestContext,
  scope: ReadScope,
  documentId: string,
  field: AuditedField,
): Promise<void> {
  if (scope.access !== 'staff') return;
  await dataSource.getRepository(AuditLogEntity).insert({
    actorUserId: viewer.userId as string,
    actorRoles: viewer.roles,
    recordType: 'identity_document',
    recordId: documentId,
    field,
    reason: scope.reason,
  });
}
