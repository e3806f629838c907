import { forbidden, hasRole, type Viewer } from '@pdo/service-kit/domain';

/** Provider staff (a person or their system with an API key) act only for their own provider. */
export const isStaffOf = (viewer: Viewer, providerId: string) =>
  hasRole(viewer, 'provider_staff') && viewer.providerId === providerId;

/** The regional admin reviews everywhere; an operator (МОЦ) only in their municipality. */
export const isReviewerFor = (viewer: Viewer, municipalityCode: string) =>
  hasRole(viewer, 'regional_admin') || (hasRole(viewer, 'operator') && viewer.municipalityCode === municipalityCode);

export function assertStaffOf(viewer: Viewer, providerId: string): void {
  if (!isStaffOf(viewer, providerId)) throw forbidden('Изменять программу может только её организация.');
}

export function assertReviewerFor(viewer: Viewer, municipalityCode: string): void {
  if (!isReviewerFor(viewer, municipalityCode))
    throw forbidden('Это может сделать оператор МОЦ этого муниципалитета или региональный модельный центр.');
}
