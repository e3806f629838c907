import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { CONFIRM_EMAIL } from '../api/certificates.operations';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

/** The link from «Заявка на сертификат ПДО. Подтверждение электронной почты»: confirms once, then «Получить сертификат». */
export function ConfirmEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [confirm, confirmed] = useMutation(CONFIRM_EMAIL);
  const sent = useRef(false);

  useEffect(() => {
    // The link works once, so the request must not repeat when React re-runs effects.
    if (sent.current || token === '') return;
    sent.current = true;
    void confirm({ variables: { token } }).catch(() => undefined);
  }, [confirm, token]);

  const application = confirmed.data?.confirmEmail;
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Подтверждение электронной почты" />
      {token === '' && (
        <Alert color="red" variant="outline">
          В ссылке нет кода подтверждения. Откройте ссылку из письма целиком.
        </Alert>
      )}
      {confirmed.loading && <Loading label="Подтверждаем адрес…" />}
      <ErrorAlert error={confirmed.error} />
      {application && (
        <Notice title="Адрес электронной почты подтверждён">
          <Stack gap="sm">
            <Text>Заявление № {application.applicationNumber} подтверждено. Теперь можно получить сертификат.</Text>
            <div>
              <Button component={Link} to={`${paths.additionalEducation}?application=${application.id}`}>
                Получить сертификат
              </Button>
            </div>
          </Stack>
        </Notice>
      )}
    </Stack>
  );
}
