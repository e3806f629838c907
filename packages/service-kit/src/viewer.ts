export type Role = 'parent' | 'child' | 'operator' | 'regional_admin' | 'finance_officer' | 'provider_staff';
export const roles: readonly Role[] = ['parent', 'child', 'operator', 'regional_admin', 'finance_officer', 'provider_staff'];

/** Who is asking, as the gateway established it. Anonymous visitors have no userId and no roles. */
export interface Viewer {
  userId: string | null;
  roles: Role[];
  municipalityCode: string | null;
  providerId: string | null;
  /** set when a provider's own system called with an API key rather than a person */
  viaApiKey: boolean;
  /**
   * A pupil of 14+ signed in as himself: his own child card. Identity alone links users to children; the
   * token carries the link so the other services can let the pupil see what his parents see.
   */
  childId?: string | null;
}

export const anonymousViewer: Viewer = {
  userId: null,
  roles: [],
  municipalityCode: null,
  providerId: null,
  viaApiKey: false,
};

export const hasRole = (viewer: Viewer, ...wanted: Role[]) => viewer.roles.some((r) => wanted.includes(r));

/** The viewer is this child himself, a pupil of 14+ signed in with his own account. */
export const isPupilOf = (viewer: Viewer, childId: string) =>
  hasRole(viewer, 'child') && typeof viewer.childId === 'string' && viewer.childId === childId;
