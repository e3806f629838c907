import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import type { ReturnState } from '../auth/require-roles';
import { homeOf } from '../layouts/cabinets';
import { NoAccessPage } from './no-access-page';
import { StartPage } from './start-page';

function returnPath(state: unknown): string | null {
  const candidate = state as Partial<ReturnState> | null;
  return typeof candidate?.from === 'string' ? candidate.from : null;
}

/** `/`: the public start page with the sign-in form, or, once signed in, the page the visitor came for or their cabinet. */
export function HomePage() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status !== 'signed-in') return <StartPage />;
  const target = returnPath(location.state) ?? homeOf(state.viewer);
  return target === null ? <NoAccessPage /> : <Navigate to={target} replace />;
}
