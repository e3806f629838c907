import { Button, Group, Modal, Stack, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';

/**
 * An irreversible or weighty staff action: the button opens a confirmation that says what will happen and asks
 * for the reason, which goes with the action into the record. Nothing is sent until the person confirms.
 */
export function ConfirmAction(props: {
  label: string;
  title: string;
  /** what will happen, in the words the person will be held to */
  consequences: ReactNode;
  color?: ButtonProps['color'];
  loading: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    void props.onConfirm(reason.trim()).then(
      () => setOpened(false),
      () => setOpened(false),
    );
  }

  return (
    <>
      <Button
        variant={props.color ? 'filled' : 'default'}
        color={props.color}
        loading={props.loading}
        onClick={() => setOpened(true)}
      >
        {props.label}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={props.title}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{props.consequences}</Text>
            <Textarea
              label="Причина"
              description="Записывается вместе с действием и видна родителю"
              withAsterisk
              autosize
              minRows={2}
              value={reason}
              error={missing && reason.trim() === '' ? 'Укажите причину.' : undefined}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                Отмена
              </Button>
              <Button type="submit" color={props.color}>
                {props.label}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
