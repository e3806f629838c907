import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { APPLY_FOR_CERTIFICATE, MY_APPLICATIONS } from '../api/certificates.operations';
import { ErrorAlert } from './error-alert';

/** Seed step 9: the applicant's personal e-mail, then «Отправить заявку». */
export function ApplyForm({ childId, onCancel }: { childId: string; onCancel: () => void }) {
  const [email, setEmail] = useState('');
  const [apply, applied] = useMutation(APPLY_FOR_CERTIFICATE, { refetchQueries: [MY_APPLICATIONS], awaitRefetchQueries: true });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void apply({ variables: { input: { childId, email: email.trim() } } }).catch(() => undefined);
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={480}>
        <ErrorAlert error={applied.error} />
        <TextInput
          label="Адрес личной электронной почты заявителя"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={applied.loading}>
            Отправить заявку
          </Button>
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
