import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { COMPLETE_GOSUSLUGI_SIGN_IN } from '../auth/auth.operations';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

/** Where Gosuslugi returns the visitor: the code and state are exchanged once for a session. */
export function GosuslugiCallbackPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { acceptSession } = useAuth();
  const [complete, completed] = useMutation(COMPLETE_GOSUSLUGI_SIGN_IN);
  const sent = useRef(false);
  const code = params.get('code');
  const state = params.get('state');
  const refusal = params.get('error');

  useEffect(() => {
    // The code works once, so the exchange must not repeat when React re-runs effects.
    if (sent.current || !code || !state) return;
    sent.current = true;
    void complete({ variables: { input: { code, state, iss: params.get('iss') } } })
      .then(({ data }) => {
        if (!data) return;
        acceptSession(data.completeGosuslugiSignIn);
        navigate(paths.home, { replace: true });
      })
      .catch(() => undefined);
  }, [acceptSession, code, complete, navigate, params, state]);

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Вход через Госуслуги" />
      {completed.loading && <Loading label="Завершаем вход…" />}
      <ErrorAlert error={completed.error} />
      {(refusal || !code || !state) && (
        <Alert color="red" variant="outline">
          Госуслуги не подтвердили вход. Попробуйте ещё раз или войдите по логину и паролю.
        </Alert>
      )}
      {(completed.error || refusal || !code || !state) && (
        <div>
          <Button component={Link} to={paths.home} variant="default">
            Вернуться ко входу
          </Button>
        </div>
      )}
    </Stack>
  );
}
