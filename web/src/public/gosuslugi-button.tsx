import { Alert, Button, Stack } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { apiErrorCodes, apiErrorMessage } from '../api/api-error';
import { GOSUSLUGI_SIGN_IN_URL } from '../auth/auth.operations';

/** Sends the visitor to Gosuslugi; when it cannot, says so plainly and leaves the password form to use. */
export function GosuslugiButton() {
  const client = useApolloClient();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function start() {
    setPending(true);
    setFailure(null);
    try {
      const { data } = await client.query({ query: GOSUSLUGI_SIGN_IN_URL, fetchPolicy: 'network-only' });
      if (data) window.location.assign(data.gosuslugiSignInUrl);
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  }

  const unavailable =
    failure !== null && (apiErrorCodes(failure).includes('GOSUSLUGI_UNAVAILABLE') || apiErrorCodes(failure).length === 0);
  return (
    <Stack gap="sm">
      <Button variant="default" loading={pending} onClick={() => void start()}>
        Войти через Госуслуги
      </Button>
      {failure !== null && (
        <Alert color="gray" variant="outline" title={unavailable ? 'Госуслуги недоступны' : undefined}>
          {unavailable
            ? 'Вход через Госуслуги временно не доступен. Войдите по логину и паролю или попробуйте позже.'
            : apiErrorMessage(failure)}
        </Alert>
      )}
    </Stack>
  );
}
