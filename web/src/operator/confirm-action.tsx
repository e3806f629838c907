import { Button, Group, Modal, Stack, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { filled } from '../components/form-rules';

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
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: filled('Укажите причину.') } });

  function submit({ reason }: { reason: string }) {
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
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{props.consequences}</Text>
            <Textarea
              label="Причина"
              description="Записывается вместе с действием и видна родителю"
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
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
