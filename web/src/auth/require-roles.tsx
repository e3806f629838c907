import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { homeOf } from '../layouts/cabinets';
import { useAuth } from './auth.context';
import { hasAnyRole, type Role } from './viewer';
import { paths } from '../routes';

export interface ReturnState {
  from: string;
}

/** Sends a signed-out visitor to the sign-in page (and back afterwards), and a viewer without the role home. */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status !== 'signed-in') {
    const returnState: ReturnState = { from: location.pathname };
    return <Navigate to={paths.home} replace state={returnState} />;
  }
  if (!hasAnyRole(state.viewer, roles)) return <Navigate to={homeOf(state.viewer) ?? paths.home} replace />;
  return children;
}
