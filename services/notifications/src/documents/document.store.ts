import type { EntityManager } from 'typeorm';
import type { DocumentScope } from '../domain/document-access.rules';
import { DOWNLOAD_LINK_TTL_MS, signDownloadToken } from '../domain/download-token';
import { DocumentEntity } from '../entities/document.entity';
import { documentFileName, type DocumentData } from './document.renderer';

export interface DownloadLinkData {
  url: string;
  fileName: string;
  expiresAt: Date;
}

/** Stores (or refreshes) the one document of its kind for `subjectKey`, so it is rendered from the latest data. */
export async function saveDocument(
  manager: EntityManager,
  document: DocumentData & { subjectKey: string; scope: DocumentScope },
): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO documents (kind, subject_key, owner_user_ids, municipality_code, provider_id, data)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (kind, subject_key) DO UPDATE SET
       owner_user_ids = EXCLUDED.owner_user_ids, municipality_code = EXCLUDED.municipality_code,
       provider_id = EXCLUDED.provider_id, data = EXCLUDED.data, updated_at = now()
     RETURNING id`,
    [
      document.kind,
      document.subjectKey,
      document.scope.ownerUserIds,
      document.scope.municipalityCode,
      document.scope.providerId,
      JSON.stringify(document.data),
    ],
  )) as { id: string }[];
  return row.id;
}

export async function loadDocument(
  manager: EntityManager,
  id: string,
): Promise<(DocumentData & { scope: DocumentScope }) | null> {
  const entity = await manager.findOneBy(DocumentEntity, { id });
  if (!entity) return null;
  const scope = { ownerUserIds: entity.ownerUserIds, municipalityCode: entity.municipalityCode, providerId: entity.providerId };
  return { kind: entity.kind, data: entity.data, scope } as DocumentData & { scope: DocumentScope };
}

/** A link through the gateway (`GET /files/<token>`), relative to its origin. */
export function downloadLink(documentId: string, document: DocumentData, secret: string, now = new Date()): DownloadLinkData {
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_TTL_MS);
  return {
    url: `/files/${signDownloadToken(documentId, expiresAt, secret)}`,
    fileName: documentFileName(document),
    expiresAt,
  };
}
