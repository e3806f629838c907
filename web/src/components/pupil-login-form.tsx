import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ISSUE_PUPIL_LOGIN } from '../api/identity.operations';
import { ErrorAlert } from './error-alert';
import { Notice } from './notice';

/** The МОЦ gives a pupil of 14+ his own login; the temporary password is shown once, to be handed over. */
export function PupilLoginButton({ child }: { child: { id: string; fullName: string } }) {
  const [opened, setOpened] = useState(false);
  const [login, setLogin] = useState('');
  const [issue, issued] = useMutation(ISSUE_PUPIL_LOGIN);
  const result = issued.data?.issuePupilLogin;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void issue({ variables: { input: { childId: child.id, login: login.trim().toLowerCase() } } }).catch(() => undefined);
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
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Text size="sm">
                С 14 лет обучающийся может сам подать заявку на сертификат по своему паспорту и записываться в кружки.
              </Text>
              <TextInput
                label="Логин"
                description="Латинские буквы, цифры и знаки . _ - @, от 3 до 100"
                required
                value={login}
                onChange={(event) => setLogin(event.currentTarget.value)}
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
