import { isPupilOf, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import type { DocumentData } from '../documents/document.renderer';
import { saveDocument } from '../documents/document.store';
import type { DocumentKind, DocumentScope } from '../domain/document-access.rules';
import { DocumentEntity } from '../entities/document.entity';
import { applicantEmail } from './certificate-letters.operations';
import { childScope } from './child.operations';

export const findDocument = (dataSource: DataSource, kind: DocumentKind, subjectKey: string): Promise<DocumentEntity | null> =>
  dataSource.getRepository(DocumentEntity).findOneBy({ kind, subjectKey });

/** Stores (or refreshes) the one document of its kind for `subjectKey`; returns its id. */
export const storeDocument = (
  dataSource: DataSource,
  document: DocumentData & { subjectKey: string; scope: DocumentScope },
): Promise<string> => saveDocument(dataSource.manager, document);

/** Whose the child's documents are; a pupil of 14+ (his token names his own card) owns those of his own application too. */
export async function childDocumentScope(dataSource: DataSource, viewer: Viewer, childId: string): Promise<DocumentScope | null> {
  const parents = await childScope(dataSource.manager, childId);
  return parents && isPupilOf(viewer, childId)
    ? { ...parents, ownerUserIds: [...parents.ownerUserIds, viewer.userId as string] }
    : parents;
}

/** The address of the child's latest certificate application, for the form's contact line. */
export const applicantContact = (dataSource: DataSource, childId: string): Promise<string | null> =>
  applicantEmail(dataSource.manager, childId);
