import { hasRole, type Viewer } from '@pdo/service-kit/domain';

/** The regional admin manages every municipality's normatives; a finance officer only their own. */
export function canManageNormatives(viewer: Viewer, municipalityCode: string): boolean {
  if (hasRole(viewer, 'regional_admin')) return true;
  return hasRole(viewer, 'finance_officer') && viewer.municipalityCode === municipalityCode;
}
