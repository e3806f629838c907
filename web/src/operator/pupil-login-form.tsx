import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ISSUE_PUPIL_LOGIN } from '../api/identity.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { Notice } from '../components/notice';

/** The МОЦ gives a pupil of 14+ his own login; the temporary password is shown once, to be handed over. */
export function PupilLoginButton({ child }: { child: { id: string; fullName: string } }) {
  const [opened, setOpened] = useState(false);
  const form = useForm({ initialValues: { login: '' }, validate: { login: filled('Придумайте логин обучающегося.') } });
  const login = form.values.login;
  const [issue, issued] = useMutation(ISSUE_PUPIL_LOGIN);
  const result = issued.data?.issuePupilLogin;

  function submit(values: { login: string }) {
    void issue({ variables: { input: { childId: child.id, login: values.login.trim().toLowerCase() } } }).catch(() => undefined);
  }

  return (
    <>
      <Button size="xs" variant="default" aria-label={`Выдать вход: ${child.fullName}`} onClick={() => setOpened(true)}>
        Выдать вход
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Свой вход для обучающегося: ${child.fullName}`}>
        {result ? (
          <Notice title="Вход выдан">
            <Stack gap={4}>
              <Text>
                Логин: <b>{login.trim().toLowerCase()}</b>
              </Text>
              <Text>
                Временный пароль: <b>{result.temporaryPassword}</b>
              </Text>
              <Text size="sm">
                Передайте их обучающемуся: при первом входе он сменит пароль. Повторно пароль не показывается.
              </Text>
            </Stack>
          </Notice>
        ) : (
          <form onSubmit={form.onSubmit(submit)} noValidate>
            <Stack gap="sm">
              <Text size="sm">
                С 14 лет обучающийся может сам подать заявку на сертификат по своему паспорту и записываться в кружки.
              </Text>
              <TextInput
                label="Логин"
                description="Латинские буквы, цифры и знаки . _ - @, от 3 до 100"
                required
                {...form.getInputProps('login')}
              />
              <ErrorAlert error={issued.error} />
              <Group>
                <Button type="submit" loading={issued.loading}>
                  Выдать вход
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
