import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { APPLY_FOR_CERTIFICATE, MY_APPLICATIONS } from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { email } from '../components/form-rules';

/** Seed step 9: the applicant's personal e-mail, then «Отправить заявку». */
export function ApplyForm({ childId, onCancel }: { childId: string; onCancel: () => void }) {
  const form = useForm({ initialValues: { email: '' }, validate: { email: email() } });
  const [apply, applied] = useMutation(APPLY_FOR_CERTIFICATE, { refetchQueries: [MY_APPLICATIONS], awaitRefetchQueries: true });

  function submit(values: { email: string }) {
    void apply({ variables: { input: { childId, email: values.email.trim() } } }).catch(() => undefined);
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm" maw={480}>
        <ErrorAlert error={applied.error} />
        <TextInput
          label="Адрес личной электронной почты заявителя"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
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
