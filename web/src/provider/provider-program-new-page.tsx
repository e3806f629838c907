import { Paper, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, generatePath } from 'react-router-dom';
import { CREATE_PROGRAM, PROVIDER_PROGRAMS } from '../api/navigator.operations';
import { PageHeader } from '../components/page-header';
import { ProgramForm, blankProgram } from './program-form';
import { paths } from '../routes';

/** A new program, saved as a draft; a retried submit returns the same draft (idempotency key). */
export function ProviderProgramNewPage() {
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [create, created] = useMutation(CREATE_PROGRAM, { refetchQueries: [PROVIDER_PROGRAMS] });
  return (
    <Stack gap="lg">
      <PageHeader title="Новая программа">
        Программа сохраняется черновиком. Добавьте группы и отправьте её на сертификацию в МОЦ.
      </PageHeader>
      <Paper withBorder p="md" maw={800}>
        <ProgramForm
          initial={blankProgram}
          submitLabel="Сохранить черновик"
          pending={created.loading}
          error={created.error}
          onSubmit={(input) =>
            void create({ variables: { input, idempotencyKey } })
              .then(({ data }) => data && navigate(generatePath(paths.providerProgram, { programId: data.createProgram.id })))
              .catch(() => undefined)
          }
        />
      </Paper>
    </Stack>
  );
}
