import { Anchor, Button, List, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { RECOVER_PASSWORD, REQUEST_PASSWORD_RECOVERY } from '../auth/auth.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { Notice } from '../components/notice';
import { usePageTitle } from '../pages/use-page-title';
import { paths } from '../routes';

function RequestLink() {
  const form = useForm({
    initialValues: { loginOrEmail: '' },
    validate: { loginOrEmail: filled('Введите логин или адрес электронной почты.') },
  });
  const [request, requested] = useMutation(REQUEST_PASSWORD_RECOVERY);

  function submit(values: { loginOrEmail: string }) {
    void request({ variables: { loginOrEmail: values.loginOrEmail.trim() } }).catch(() => undefined);
  }

  return (
    <Paper withBorder p="md" maw={480}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Ссылка на почту
          </Title>
          <ErrorAlert error={requested.error} />
          {requested.data ? (
            <Notice title="Проверьте почту">
              Если учётная запись с таким логином или адресом есть и к ней привязана почта, на неё отправлено письмо со ссылкой
              для нового пароля.
            </Notice>
          ) : (
            <>
              <TextInput
                label="Логин или адрес электронной почты"
                autoComplete="username"
                required
                {...form.getInputProps('loginOrEmail')}
              />
              <div>
                <Button type="submit" loading={requested.loading}>
                  Получить ссылку
                </Button>
              </div>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function NewPassword({ token }: { token: string }) {
  const { acceptSession } = useAuth();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: filled('Придумайте новый пароль.'),
      repeat: (value, values) => (value === '' ? 'Повторите пароль.' : value === values.password ? null : 'Пароли не совпадают.'),
    },
  });
  const [recover, recovered] = useMutation(RECOVER_PASSWORD);

  function submit({ password }: { password: string }) {
    void recover({ variables: { token, newPassword: password } })
      .then(({ data }) => {
        if (!data) return;
        acceptSession(data.recoverPassword);
        navigate(paths.home, { replace: true });
      })
      .catch(() => undefined);
  }

  return (
    <Paper withBorder p="md" maw={480}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={recovered.error} />
          <PasswordInput
            label="Новый пароль"
            autoComplete="new-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': 'Показать пароль' }}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Повторите пароль"
            autoComplete="new-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': 'Показать пароль' }}
            {...form.getInputProps('repeat')}
          />
          <div>
            <Button type="submit" loading={recovered.loading}>
              Сохранить пароль и войти
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

/** A link by e-mail (or, with the link's token, the new password); otherwise where logins are issued. */
export function PasswordRecoveryPage() {
  usePageTitle('Восстановление пароля');
  const [params] = useSearchParams();
  const token = params.get('token');
  if (token) {
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>Новый пароль</Title>
        <Text>Придумайте новый пароль. После сохранения прежние входы на других устройствах завершатся.</Text>
        <NewPassword token={token} />
      </Stack>
    );
  }
  return (
    <Stack maw={720} gap="md">
      <Title order={1}>Восстановление пароля</Title>
      <Text>Если к учётной записи привязана электронная почта, получите на неё ссылку для нового пароля.</Text>
      <RequestLink />
      <Text>Если почты нет, новый пароль выдают там же, где выдали логин:</Text>
      <List spacing="sm">
        <List.Item>
          обучающимся и родителям — школа или детский сад: обратитесь к классному руководителю или в администрацию;
        </List.Item>
        <List.Item>
          если ребёнок не посещает школу или детский сад — муниципальный опорный центр (МОЦ) по месту проживания;
        </List.Item>
        <List.Item>сотрудникам организаций дополнительного образования и органов власти — МОЦ вашего муниципалитета.</List.Item>
      </List>
      <Text>
        Список МОЦ размещён в группе{' '}
        <Anchor href="https://vk.com/rmc42" target="_blank" rel="noreferrer">
          vk.com/rmc42
        </Anchor>{' '}
        (в разделе «Документы»).
      </Text>
      <div>
        <Button component={Link} to={paths.home} variant="default">
          Вернуться ко входу
        </Button>
      </div>
    </Stack>
  );
}
