import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getAccessToken, setAccessToken } from './access-token';
import { AuthContext, type Auth, type AuthState } from './auth.context';
import { ME, REFRESH_SESSION, SIGN_IN, SIGN_OUT, type Session } from './auth.operations';
import { isRefused, isUnauthenticated } from './request-error';

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<AuthState>({ status: 'restoring' });

  const accept = useCallback((session: Session) => {
    setAccessToken(session.accessToken);
    setState({ status: 'signed-in', viewer: session.viewer, mustChangePassword: session.mustChangePassword });
  }, []);

  // An expired or missing access token is renewed from the refresh cookie; without one the visitor is a guest.
  const refresh = useCallback(async () => {
    try {
      const { data } = await client.mutate({ mutation: REFRESH_SESSION });
      if (data) {
        accept(data.refreshSession);
        return;
      }
    } catch (error) {
      if (!isRefused(error) && getAccessToken() !== null) {
        setState({ status: 'unreachable' });
        return;
      }
    }
    setAccessToken(null);
    setState({ status: 'signed-out' });
  }, [accept, client]);

  const restore = useCallback(async () => {
    setState({ status: 'restoring' });
    if (getAccessToken() === null) return refresh();
    try {
      const { data } = await client.query({ query: ME, fetchPolicy: 'network-only' });
      if (data?.me) {
        setState({ status: 'signed-in', viewer: data.me, mustChangePassword: false });
        return;
      }
      return refresh();
    } catch (error) {
      if (!isUnauthenticated(error)) {
        setState({ status: 'unreachable' });
        return;
      }
      return refresh();
    }
  }, [client, refresh]);

  useEffect(() => {
    void restore();
  }, [restore]);

  const auth = useMemo<Auth>(
    () => ({
      state,
      async signIn(login, password) {
        const { data } = await client.mutate({ mutation: SIGN_IN, variables: { login, password } });
        if (!data) throw new Error('signIn returned no data');
        accept(data.signIn);
      },
      acceptSession: accept,
      signOut() {
        // The server forgets the refresh cookie's family; the tab forgets the access token at once either way.
        void client.mutate({ mutation: SIGN_OUT }).catch(() => undefined);
        setAccessToken(null);
        setState({ status: 'signed-out' });
        void client.clearStore();
      },
      retryRestore() {
        void restore();
      },
    }),
    [accept, client, restore, state],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
