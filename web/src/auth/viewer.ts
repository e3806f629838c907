import type { MeQuery } from '../gql/graphql';

export type Role = 'parent' | 'child' | 'operator' | 'regional_admin' | 'finance_officer' | 'provider_staff';

// The gateway may learn roles before this client does; unknown ones are ignored, not trusted.
export type Viewer = NonNullable<MeQuery['me']>;

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.some((role) => (roles as readonly string[]).includes(role));
}
