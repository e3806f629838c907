import { ageOn, DomainError, hasRole, type Viewer } from '@pdo/service-kit/domain';
import { PASSPORT_AGE } from './identity-document.rules';

/** How the viewer may see a child's card: as a parent, as the child (14+) or as staff whose reads are audited. */
export type ChildAccess = 'parent' | 'self' | 'staff';

export interface ChildScope {
  parentIds: readonly string[];
  childUserId: string | null;
  birthDate: string;
  municipalityCode: string;
}

export function childAccess(viewer: Viewer, child: ChildScope, today: string): ChildAccess | null {
  if (!viewer.userId || viewer.viaApiKey) return null;
  if (hasRole(viewer, 'parent') && child.parentIds.includes(viewer.userId)) return 'parent';
  if (hasRole(viewer, 'child') && child.childUserId === viewer.userId && ageOn(child.birthDate, today) >= PASSPORT_AGE)
    return 'self';
  if (hasRole(viewer, 'operator') && viewer.municipalityCode === child.municipalityCode) return 'staff';
  return null;
}

/**
 * Staff open a document's scan only for a reason they chose or typed themselves: the access journal must say
 * why the scan was looked at (152-ФЗ), so a read without one is refused rather than journaled blank.
 */
export function checkScanReadReason(access: ChildAccess, reason: string | null): void {
  if (access === 'staff' && reason === null) {
    throw new DomainError(
      'ACCESS_REASON_REQUIRED',
      'Укажите причину обращения: открытие скана записывается в журнал доступа к персональным данным.',
      { field: 'reason' },
    );
  }
}

/** Parents and the child of 14+ keep the card and its documents; staff only read. */
export const mayChange = (access: ChildAccess | null): boolean => access === 'parent' || access === 'self';

/** Who may read only a child's name: whoever may read the card, and staff of a provider the child applied to. */
export type ChildNameAccess = ChildAccess | 'provider';

export function childNameAccess(
  viewer: Viewer,
  child: ChildScope & { providerIds: readonly string[] },
  today: string,
): ChildNameAccess | null {
  const card = childAccess(viewer, child, today);
  if (card) return card;
  if (viewer.userId && !viewer.viaApiKey && hasRole(viewer, 'provider_staff') && viewer.providerId !== null) {
    return child.providerIds.includes(viewer.providerId) ? 'provider' : null;
  }
  return null;
}
