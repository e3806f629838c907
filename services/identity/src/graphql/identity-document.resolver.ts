import { parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  addDocument,
  auditRead,
  loadDocument as readDocument,
  scanContent,
  scanOf,
  updateDocument,
} from '../operations/identity-document.operations';
import { reasonOf } from './child.access';
import { toDocument } from './identity-document.access';
import { DocumentChangeInput, DocumentInput } from './identity-document.input';
import { DocumentScan, IdentityDocument } from './identity-document.type';

/** The document as the viewer may see it, or the same FORBIDDEN whether it is missing or someone else's. */
export async function loadDocument(context: RequestContext, id: string, reason: string | null): Promise<IdentityDocument> {
  const { entity, access } = await readDocument(context.dataSource, context.viewer, id);
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
    const { scan: upload, ...fields } = parseInput(DocumentInput.schema, input);
    const { entity, access } = await addDocument(dataSource, viewer, childId, fields, upload);
    return toDocument(entity, { access, reason: null });
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
    const { scan: upload, ...fields } = parseInput(DocumentChangeInput.schema, input);
    const { entity, access } = await updateDocument(dataSource, viewer, id, fields, upload);
    return toDocument(entity, { access, reason: null });
  }

  @FieldResolver(() => String, { description: 'Серия (чтение сотрудником записывается в журнал)' })
  async series(@Root() document: IdentityDocument, @Ctx() context: RequestContext): Promise<string> {
    await auditRead(context.dataSource, context.viewer, document.scope, document.id, 'series');
    return document.series;
  }

  @FieldResolver(() => String, { description: 'Номер (чтение сотрудником записывается в журнал)' })
  async number(@Root() document: IdentityDocument, @Ctx() context: RequestContext): Promise<string> {
    await auditRead(context.dataSource, context.viewer, document.scope, document.id, 'number');
    return document.number;
  }

  @FieldResolver(() => DocumentScan, { nullable: true })
  async scan(@Root() document: IdentityDocument, @Ctx() { dataSource }: RequestContext): Promise<DocumentScan | null> {
    const scan = await scanOf(dataSource, document.id);
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
    await auditRead(context.dataSource, context.viewer, scan.scope, scan.documentId, 'scan');
    return (await scanContent(context.dataSource, scan.documentId)).toString('base64');
  }
}
