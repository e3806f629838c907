import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getAccessToken, setAccessToken } from './access-token';
import { AuthContext, type Auth, type AuthState } from './auth.context';
import { ME, SIGN_IN } from './auth.operations';
import { isUnauthenticated } from './request-error';

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<AuthState>(() =>
    getAccessToken() === null ? { status: 'signed-out' } : { status: 'restoring' },
  );

  const restore = useCallback(async () => {
    setState({ status: 'restoring' });
    try {
      const { data } = await client.query({ query: ME, fetchPolicy: 'network-only' });
      if (data?.me) {
        setState({ status: 'signed-in', viewer: data.me });
        return;
      }
      setAccessToken(null);
      setState({ status: 'signed-out' });
    } catch (error) {
      if (!isUnauthenticated(error)) {
        setState({ status: 'unreachable' });
        return;
      }
      setAccessToken(null);
      setState({ status: 'signed-out' });
    }
  }, [client]);

  useEffect(() => {
    if (getAccessToken() !== null) void restore();
  }, [restore]);

  const auth = useMemo<Auth>(
    () => ({
      state,
      async signIn(login, password) {
        const { data } = await client.mutate({ mutation: SIGN_IN, variables: { login, password } });
        if (!data) throw new Error('signIn returned no data');
        setAccessToken(data.signIn.accessToken);
        setState({ status: 'signed-in', viewer: data.signIn.viewer });
      },
      signOut() {
        setAccessToken(null);
        setState({ status: 'signed-out' });
        void client.clearStore();
      },
      retryRestore() {
        void restore();
      },
    }),
    [client, restore, state],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
