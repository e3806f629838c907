import {
  Alert,
  Anchor,
  Button,
  Container,
  Divider,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { signInErrorMessage } from '../auth/request-error';
import { GosuslugiButton } from '../components/gosuslugi-button';
import { usePageTitle } from './use-page-title';

export function SignInPage() {
  usePageTitle('Вход в личный кабинет');
  const { signIn } = useAuth();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
    } catch (failure) {
      setError(signInErrorMessage(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Container size={440} px={0}>
      <Paper withBorder shadow="sm" p="xl">
        <Stack gap="lg">
          <Title order={1} size="h2">
            Вход в личный кабинет
          </Title>
          <form onSubmit={submit}>
            <Stack>
              {error !== null && (
                <Alert color="red" variant="outline">
                  {error}
                </Alert>
              )}
              <TextInput
                label="Логин"
                name="login"
                autoComplete="username"
                required
                value={login}
                onChange={(event) => setLogin(event.currentTarget.value)}
              />
              <PasswordInput
                label="Пароль"
                name="password"
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': 'Показать пароль' }}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Group justify="space-between">
                <Anchor component={Link} to="/password-recovery">
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
          <Text size="sm">
            Для обучающихся и их родителей процедура регистрации не нужна, логин/пароль нужно получить в школе.
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}
