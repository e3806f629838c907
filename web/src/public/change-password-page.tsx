import { Button, Container, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useAuth } from '../auth/auth.context';
import { CHANGE_PASSWORD } from '../auth/auth.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { usePageTitle } from '../pages/use-page-title';

/** A temporary password from the МОЦ or the school is replaced before anything else. */
export function ChangePasswordPage() {
  usePageTitle('Смена пароля');
  const { acceptSession, signOut } = useAuth();
  const form = useForm({
    initialValues: { current: '', next: '' },
    validate: { current: filled('Введите временный пароль.'), next: filled('Придумайте новый пароль.') },
  });
  const [change, changed] = useMutation(CHANGE_PASSWORD);

  function submit({ current, next }: { current: string; next: string }) {
    void change({ variables: { currentPassword: current, newPassword: next } })
      .then(({ data }) => data && acceptSession(data.changePassword))
      .catch(() => undefined);
  }

  return (
    <Container component="main" size={440} py="xl">
      <Paper withBorder p="xl">
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack>
            <Title order={1} size="h2">
              Смена пароля
            </Title>
            <Text>Вам выдан временный пароль. Придумайте свой, чтобы продолжить.</Text>
            <ErrorAlert error={changed.error} />
            <PasswordInput
              label="Временный пароль"
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': 'Показать пароль' }}
              {...form.getInputProps('current')}
            />
            <PasswordInput
              label="Новый пароль"
              autoComplete="new-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': 'Показать новый пароль' }}
              {...form.getInputProps('next')}
            />
            <Button type="submit" loading={changed.loading}>
              Сохранить пароль
            </Button>
            <Button variant="subtle" onClick={signOut}>
              Выйти
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
