import type { Viewer } from '@pdo/service-kit/domain';

/** The documents the service prints; each has one renderer in `documents/`. */
export type DocumentKind = 'application_form' | 'institutions_list' | 'contract' | 'invoice';

/** Who a stored document belongs to, written with it and checked before every link. */
export interface DocumentScope {
  /** parents (or the child of 14+) whose document it is */
  ownerUserIds: readonly string[];
  /** its municipality: that municipality's operators may fetch it */
  municipalityCode: string | null;
  /** the provider it concerns (contract, invoice): that provider's staff may fetch it */
  providerId: string | null;
}

/** Staff roles of the municipality that may fetch a document of each kind, besides the owners. */
const municipalStaff: Record<DocumentKind, readonly Viewer['roles'][number][]> = {
  application_form: ['operator'],
  institutions_list: ['operator'],
  contract: ['operator'],
  invoice: ['operator', 'finance_officer'],
};

/** A download link goes only to the document's owners, its provider's staff and its municipality's staff. */
export function mayDownload(viewer: Viewer, kind: DocumentKind, scope: DocumentScope): boolean {
  if (!viewer.userId && !viewer.viaApiKey) return false;
  if (viewer.userId && !viewer.viaApiKey && scope.ownerUserIds.includes(viewer.userId)) {
    if (viewer.roles.includes('parent') || viewer.roles.includes('child')) return true;
  }
  if (scope.providerId && viewer.providerId === scope.providerId && viewer.roles.includes('provider_staff')) return true;
  return (
    !viewer.viaApiKey &&
    scope.municipalityCode !== null &&
    viewer.municipalityCode === scope.municipalityCode &&
    viewer.roles.some((role) => municipalStaff[kind].includes(role))
  );
}
