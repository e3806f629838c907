import { documentAdded, documentChanged, publish } from '@pdo/events';
import { DomainError, isUniqueViolation, kuzbassDate, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { checkScanReadReason, type ChildAccess } from '../domain/child-access.rules';
import { decodeScan, isViolation, type DecodedScan } from '../domain/document-scan.rules';
import { documentHeldByAnotherChild, documentViolations, type DocumentFields } from '../domain/identity-document.rules';
import { cleanScanContent } from '../domain/scan-content';
import { rejectViolations, violationError } from '../domain/violation';
import { AuditLogEntity, type AuditedField } from '../entities/audit-log.entity';
import { DocumentScanEntity } from '../entities/document-scan.entity';
import { IdentityDocumentEntity } from '../entities/identity-document.entity';
import { isUuid, loadChild, loadChildForChange, noAccess } from './child-access';

const REGION_INDEX = 'identity_documents_region_uq';

export interface LoadedDocument {
  entity: IdentityDocumentEntity;
  access: ChildAccess;
}

export interface ScanUpload {
  fileName: string;
  contentBase64: string;
}

const documentExists = () => new DomainError('DOCUMENT_EXISTS', 'Этот документ уже добавлен в карточку ребёнка.');

/**
 * Turns the database's refusal of a duplicate into the parent's answer. A document another child holds is
 * kept as a conflict (outside the refused transaction) so the МОЦ sees both records.
 */
function refuseDuplicate(dataSource: DataSource, viewer: Viewer, childId: string, fields: DocumentFields) {
  return async (error: unknown): Promise<never> => {
    if (!isUniqueViolation(error)) throw error;
    if (!isUniqueViolation(error, REGION_INDEX)) throw documentExists();
    const [holder] = (await dataSource.query(
      `SELECT id, child_id FROM identity_documents
       WHERE kind = $1 AND upper(regexp_replace(series, '[[:space:]]', '', 'g')) = $2 AND number = $3 AND NOT disputed`,
      [fields.kind, fields.series, fields.number],
    )) as { id: string; child_id: string }[];
    if (!holder || holder.child_id === childId) throw documentExists();
    await dataSource.query(
      `INSERT INTO document_conflicts (document_id, claimant_child_id, claimed_by)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM document_conflicts WHERE document_id = $1 AND claimant_child_id = $2)`,
      [holder.id, childId, viewer.userId],
    );
    throw documentHeldByAnotherChild();
  };
}

/**
 * Checks the file by its content: images decoded and encoded again, PDFs refused when they hold scripts,
 * actions or attachments. Done before the transaction opens, so no lock waits on image decoding.
 */
async function checkScan(upload: ScanUpload): Promise<DecodedScan> {
  const decoded = decodeScan(upload.fileName, upload.contentBase64);
  if (isViolation(decoded)) throw violationError(decoded);
  const clean = await cleanScanContent(decoded);
  if (isViolation(clean)) throw violationError(clean);
  return clean;
}

/** Stores a checked file as the document's only scan. */
async function storeScan(manager: EntityManager, documentId: string, scan: DecodedScan): Promise<void> {
  await manager.delete(DocumentScanEntity, { documentId });
  await manager.insert(DocumentScanEntity, {
    documentId,
    fileName: scan.fileName,
    contentType: scan.contentType,
    sizeBytes: scan.content.length,
    content: scan.content,
  });
}

/** The document as the viewer may see it, or the same FORBIDDEN whether it is missing or someone else's. */
export async function loadDocument(dataSource: DataSource, viewer: Viewer, documentId: string): Promise<LoadedDocument> {
  if (!isUuid(documentId)) throw noAccess();
  const entity = await dataSource.getRepository(IdentityDocumentEntity).findOneBy({ id: documentId });
  if (!entity) throw noAccess();
  const { access } = await loadChild(dataSource.manager, viewer, entity.childId);
  return { entity, access };
}

export async function addDocument(
  dataSource: DataSource,
  viewer: Viewer,
  childId: string,
  fields: DocumentFields,
  upload: ScanUpload,
): Promise<LoadedDocument> {
  const scan = await checkScan(upload);
  return dataSource
    .transaction(async (manager) => {
      const { entity: child, access } = await loadChildForChange(manager, viewer, childId);
      rejectViolations(documentViolations(fields, { childBirthDate: child.birthDate, today: kuzbassDate(new Date()) }));
      const document = await manager.save(
        IdentityDocumentEntity,
        manager.create(IdentityDocumentEntity, { ...fields, childId, createdBy: viewer.userId as string }),
      );
      await storeScan(manager, document.id, scan);
      await publish(manager, documentAdded, document.id, { documentId: document.id, childId, kind: document.kind });
      return { entity: document, access };
    })
    .catch(refuseDuplicate(dataSource, viewer, childId, fields));
}

/** Corrects the document; the scan is replaced only when a new one is given. */
export async function updateDocument(
  dataSource: DataSource,
  viewer: Viewer,
  documentId: string,
  fields: DocumentFields,
  upload: ScanUpload | null | undefined,
): Promise<LoadedDocument> {
  if (!isUuid(documentId)) throw noAccess();
  const scan = upload ? await checkScan(upload) : null;
  let childId: string | null = null;
  return dataSource
    .transaction(async (manager) => {
      const existing = await manager.findOne(IdentityDocumentEntity, {
        where: { id: documentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) throw noAccess();
      childId = existing.childId;
      const { entity: child, access } = await loadChildForChange(manager, viewer, existing.childId);
      rejectViolations(documentViolations(fields, { childBirthDate: child.birthDate, today: kuzbassDate(new Date()) }));
      await manager.update(IdentityDocumentEntity, { id: documentId }, fields);
      if (scan) await storeScan(manager, documentId, scan);
      await publish(manager, documentChanged, documentId, { documentId, childId: existing.childId, kind: fields.kind });
      return { entity: { ...existing, ...fields }, access };
    })
    .catch((error: unknown) => {
      if (childId === null) throw error;
      return refuseDuplicate(dataSource, viewer, childId, fields)(error);
    });
}

/**
 * A staff read of a number or a scan is written before the value is returned; if the write fails, so does the read.
 * A scan is opened only with the reason given.
 */
export async function auditRead(
  dataSource: DataSource,
  viewer: Viewer,
  scope: { access: ChildAccess; reason: string | null },
  documentId: string,
  field: AuditedField,
): Promise<void> {
  if (scope.access !== 'staff') return;
  if (field === 'scan') checkScanReadReason(scope.access, scope.reason);
  await dataSource.getRepository(AuditLogEntity).insert({
    actorUserId: viewer.userId as string,
    actorRoles: viewer.roles,
    recordType: 'identity_document',
    recordId: documentId,
    field,
    reason: scope.reason,
  });
}

export const scanOf = (dataSource: DataSource, documentId: string): Promise<DocumentScanEntity | null> =>
  dataSource.getRepository(DocumentScanEntity).findOneBy({ documentId });

/** The file itself, which the entity leaves out unless asked for. */
export async function scanContent(dataSource: DataSource, documentId: string): Promise<Buffer> {
  const stored = await dataSource
    .getRepository(DocumentScanEntity)
    .createQueryBuilder('scan')
    .addSelect('scan.content')
    .where('scan.document_id = :documentId', { documentId })
    .getOneOrFail();
  return stored.content;
}
