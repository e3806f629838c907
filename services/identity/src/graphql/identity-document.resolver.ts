import { documentAdded, documentChanged, publish } from '@pdo/events';
import { DomainError, isUniqueViolation, kuzbassDate, parseInput, type RequestContext, type Viewer } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { decodeScan, isViolation, type DecodedScan } from '../domain/document-scan.rules';
import { cleanScanContent } from '../domain/scan-content';
import { documentHeldByAnotherChild, documentViolations, type DocumentFields } from '../domain/identity-document.rules';
import { DocumentScanEntity } from '../entities/document-scan.entity';
import { IdentityDocumentEntity } from '../entities/identity-document.entity';
import { loadChild, loadChildForChange, noAccess, reasonOf, rejectViolations, violationError } from './child.access';
import { auditRead, toDocument } from './identity-document.access';
import {
  DocumentChangeInput,
  documentChangeInputSchema,
  DocumentInput,
  documentInputSchema,
  type ScanInput,
} from './identity-document.input';
import { DocumentScan, IdentityDocument } from './identity-document.type';

const REGION_INDEX = 'identity_documents_region_uq';

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
async function checkScan(upload: ScanInput): Promise<DecodedScan> {
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
export async function loadDocument(context: RequestContext, id: string, reason: string | null): Promise<IdentityDocument> {
  if (!z.uuid().safeParse(id).success) throw noAccess();
  const entity = await context.dataSource.getRepository(IdentityDocumentEntity).findOneBy({ id });
  if (!entity) throw noAccess();
  const { access } = await loadChild(context.dataSource.manager, context.viewer, entity.childId);
  return toDocument(entity, { access, reason });
}

@Resolver(() => IdentityDocument)
export class IdentityDocumentResolver {
  @Authorized()
  @Query(() => IdentityDocument, {
    description: 'Документ ребёнка. Сотрудник МОЦ может указать причину обращения — она попадёт в журнал',
  })
  async document(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: RequestContext,
  ): Promise<IdentityDocument> {
    return loadDocument(context, id, reasonOf(reason));
  }

  @Authorized('parent', 'child')
  @Mutation(() => IdentityDocument, {
    description: 'Добавить документ ребёнка со сканом: свидетельство о рождении или паспорт (с 14 лет)',
  })
  async addDocument(
    @Arg('childId', () => ID) childId: string,
    @Arg('input', () => DocumentInput) input: DocumentInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<IdentityDocument> {
    const { scan: upload, ...fields } = parseInput(documentInputSchema, input);
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
        return toDocument(document, { access, reason: null });
      })
      .catch(refuseDuplicate(dataSource, viewer, childId, fields));
  }

  @Authorized('parent', 'child')
  @Mutation(() => IdentityDocument, {
    description: 'Исправить документ ребёнка; скан заменяется, только если передан новый',
  })
  async updateDocument(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DocumentChangeInput) input: DocumentChangeInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<IdentityDocument> {
    const { scan: upload, ...fields } = parseInput(documentChangeInputSchema, input);
    if (!z.uuid().safeParse(id).success) throw noAccess();
    const scan = upload ? await checkScan(upload) : null;
    let childId: string | null = null;
    return dataSource
      .transaction(async (manager) => {
        const existing = await manager.findOne(IdentityDocumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!existing) throw noAccess();
        childId = existing.childId;
        const { entity: child, access } = await loadChildForChange(manager, viewer, existing.childId);
        rejectViolations(documentViolations(fields, { childBirthDate: child.birthDate, today: kuzbassDate(new Date()) }));
        await manager.update(IdentityDocumentEntity, { id }, fields);
        if (scan) await storeScan(manager, id, scan);
        await publish(manager, documentChanged, id, { documentId: id, childId: existing.childId, kind: fields.kind });
        return toDocument({ ...existing, ...fields }, { access, reason: null });
      })
      .catch((error: unknown) => {
        if (childId === null) throw error;
        return refuseDuplicate(dataSource, viewer, childId, fields)(error);
      });
  }

  @FieldResolver(() => String, { description: 'Серия (чтение сотрудником записывается в журнал)' })
  async series(@Root() document: IdentityDocument, @Ctx() context: RequestContext): Promise<string> {
    await auditRead(context, document.scope, document.id, 'series');
    return document.series;
  }

  @FieldResolver(() => String, { description: 'Номер (чтение сотрудником записывается в журнал)' })
  async number(@Root() document: IdentityDocument, @Ctx() context: RequestContext): Promise<string> {
    await auditRead(context, document.scope, document.id, 'number');
    return document.number;
  }

  @FieldResolver(() => DocumentScan, { nullable: true })
  async scan(@Root() document: IdentityDocument, @Ctx() { dataSource }: RequestContext): Promise<DocumentScan | null> {
    const scan = await dataSource.getRepository(DocumentScanEntity).findOneBy({ documentId: document.id });
    return scan
      ? {
          fileName: scan.fileName,
          contentType: scan.contentType,
          sizeBytes: scan.sizeBytes,
          documentId: document.id,
          scope: document.scope,
        }
      : null;
  }
}

@Resolver(() => DocumentScan)
export class DocumentScanResolver {
  @FieldResolver(() => String, { description: 'Содержимое файла в base64 (чтение сотрудником записывается в журнал)' })
  async contentBase64(@Root() scan: DocumentScan, @Ctx() context: RequestContext): Promise<string> {
    await auditRead(context, scan.scope, scan.documentId, 'scan');
    const stored = await context.dataSource
      .getRepository(DocumentScanEntity)
      .createQueryBuilder('scan')
      .addSelect('scan.content')
      .where('scan.document_id = :documentId', { documentId: scan.documentId })
      .getOneOrFail();
    return stored.content.toString('base64');
  }
}
