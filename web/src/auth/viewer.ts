export type Role = 'parent' | 'child' | 'operator' | 'regional_admin' | 'finance_officer' | 'provider_staff';

export interface Viewer {
  id: string;
  displayName: string;
  // The gateway may learn roles before this client does; unknown ones are ignored, not trusted.
  roles: string[];
  municipalityCode: string | null;
  providerId: string | null;
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.some((role) => (roles as readonly string[]).includes(role));
}
