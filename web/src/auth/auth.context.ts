import { createContext, useContext } from 'react';
import type { Session } from './auth.operations';
import type { Viewer } from './viewer';

export type AuthState =
  | { status: 'restoring' }
  | { status: 'unreachable' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; viewer: Viewer; mustChangePassword: boolean };

export interface Auth {
  state: AuthState;
  /** Rejects with the Apollo error so the form can explain it. */
  signIn(login: string, password: string): Promise<void>;
  /** Takes a session another sign-in path produced (password recovery, Gosuslugi, a changed password). */
  acceptSession(session: Session): void;
  signOut(): void;
  /** Tries again to restore a session that failed because the server was unreachable. */
  retryRestore(): void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth is used outside AuthProvider');
  return auth;
}
