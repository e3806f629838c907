import { DomainError, forbidden, hasRole, isMunicipalityCode, type Viewer } from '@pdo/service-kit/domain';
import type { DocumentKind } from './identity-document.rules';

/**
 * How a document shows in the export: in full to the МОЦ of the child's municipality, by its kind alone to the
 * regional admin (DOMAIN.md: documents are shown to the parent, the pupil and the МОЦ of the child's municipality).
 */
export type DocumentVisibility = 'full' | 'kind';

export interface ChildrenExportScope {
  /** null: the whole region */
  municipalityCode: string | null;
  documents: DocumentVisibility;
}

/**
 * Who may export the register of children: the МОЦ operator his own municipality, the regional admin one
 * municipality or the whole region. Everyone else (parents, pupils, providers, finance, API keys) is refused.
 */
export function childrenExportScope(viewer: Viewer, requested: string | null): ChildrenExportScope {
  if (requested !== null && !isMunicipalityCode(requested)) {
    throw new DomainError('BAD_USER_INPUT', 'Нет такого муниципалитета Кузбасса.', { field: 'municipalityCode' });
  }
  if (!viewer.userId || viewer.viaApiKey) throw forbidden('Выгружать реестр детей может оператор МОЦ или РМЦ.');
  if (hasRole(viewer, 'regional_admin')) return { municipalityCode: requested, documents: 'kind' };
  if (hasRole(viewer, 'operator') && viewer.municipalityCode !== null) {
    if (requested !== null && requested !== viewer.municipalityCode) {
      throw forbidden('Оператор МОЦ выгружает детей только своего муниципалитета.');
    }
    return { municipalityCode: viewer.municipalityCode, documents: 'full' };
  }
  throw forbidden('Выгружать реестр детей может оператор МОЦ или РМЦ.');
}

/**
 * An export of personal data is journaled with the operator's own reason (152-ФЗ), so one without a reason is
 * refused before anything is read, never journaled blank.
 */
export function requireExportReason(reason: string | null): string {
  if (reason === null) {
    throw new DomainError(
      'ACCESS_REASON_REQUIRED',
      'Укажите причину выгрузки: она записывается в журнал доступа к персональным данным.',
      { field: 'reason' },
    );
  }
  return reason;
}

const documentKindLabels: Record<DocumentKind, string> = {
  birth_certificate: 'свидетельство о рождении',
  passport: 'паспорт',
};

export interface ExportedDocument {
  kind: DocumentKind;
  series: string;
  number: string;
}

/** The document cell: «паспорт 3216 123456» in full, or only «паспорт» where the viewer may not see the number. */
export function documentText(document: ExportedDocument | null, visibility: DocumentVisibility): string | null {
  if (!document) return null;
  const kind = documentKindLabels[document.kind];
  return visibility === 'full' ? `${kind} ${document.series} ${document.number}` : kind;
}

/**
 * Above this many rows an export is not carried inside a GraphQL answer (20 000 rows: ~1 MB of XLSX, ~5 MB of
 * CSV before base64): the answer would sit whole in the memory of identity, the gateway and the browser. Such
 * an export is downloaded through a link (`exportChildrenLink`), streamed.
 */
export const MAX_INLINE_EXPORT_ROWS = 20_000;

export const exportTooLarge = () =>
  new DomainError('EXPORT_TOO_LARGE', 'В выгрузке больше 20\u00a0000 строк: скачайте её по ссылке (exportChildrenLink).');

/**
 * A download link lives one minute: the browser opens it at once, and a link copied into a chat or a log soon
 * leads nowhere. It serves one download.
 */
export const EXPORT_LINK_TTL_MS = 60_000;

/** 32 random bytes in base64url: what `exportChildrenLink` hands out; anything else is not looked up. */
export const isExportToken = (text: string) => /^[A-Za-z0-9_-]{43}$/.test(text);

/** What is kept of an issued link: whose it is and whether it may still be used. */
export interface ExportLinkState {
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export type ExportLinkRefusal = 'unknown' | 'notYours' | 'used' | 'expired';

/**
 * Whether this download may start. The link is the authorization (a browser's download carries no access
 * token), so it is bound to the person who asked for it: someone else signed in is refused even with the link,
 * and a used or expired link is refused to everyone.
 */
export function exportLinkRefusal(link: ExportLinkState | null, viewer: Viewer, now: Date): ExportLinkRefusal | null {
  if (!link) return 'unknown';
  if (viewer.userId !== null && viewer.userId !== link.userId) return 'notYours';
  if (link.usedAt !== null) return 'used';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

/**
 * How a streamed export ends in the journal: `streaming` while rows go out (and for ever if the process dies
 * midway), `complete` when the last row was handed to the reader, `aborted` when the reader left or the
 * database failed midway; the row count is then what had been handed over before.
 */
export type ExportOutcome = 'streaming' | 'complete' | 'aborted';
