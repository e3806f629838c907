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
