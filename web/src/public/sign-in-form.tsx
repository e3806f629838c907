import { Alert, Anchor, Button, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { signInErrorMessage } from '../auth/request-error';
import { filled } from '../components/form-rules';
import { GosuslugiButton } from './gosuslugi-button';
import { paths } from '../routes';

/** The guide's «Вход в личный кабинет»: login and password from school, or Gosuslugi. */
export function SignInForm() {
  const { signIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({
    initialValues: { login: '', password: '' },
    validate: { login: filled('Введите логин.'), password: filled('Введите пароль.') },
  });

  async function submit(values: { login: string; password: string }) {
    setPending(true);
    setError(null);
    try {
      await signIn(values.login.trim(), values.password);
    } catch (failure) {
      setError(signInErrorMessage(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Paper withBorder shadow="sm" p="xl" component="section" aria-labelledby="sign-in-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="sign-in-title">
          Вход в личный кабинет
        </Title>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack>
            {error !== null && (
              <Alert color="red" variant="outline">
                {error}
              </Alert>
            )}
            <TextInput label="Логин" name="login" autoComplete="username" required {...form.getInputProps('login')} />
            <PasswordInput
              label="Пароль"
              name="password"
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': 'Показать пароль' }}
              {...form.getInputProps('password')}
            />
            <Group justify="space-between">
              <Anchor component={Link} to={paths.passwordRecovery}>
                Забыли пароль?
              </Anchor>
              <Button type="submit" loading={pending}>
                Войти
              </Button>
            </Group>
          </Stack>
        </form>
        <Divider label="или" labelPosition="center" />
        <GosuslugiButton />
        <Text size="sm">Для обучающихся и их родителей процедура регистрации не нужна, логин/пароль нужно получить в школе.</Text>
      </Stack>
    </Paper>
  );
}
