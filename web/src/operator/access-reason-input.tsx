import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** The usual reasons, offered to pick; the operator may type his own. */
const USUAL_REASONS = ['Обращение родителя', 'Активация сертификата', 'Проверка документов', 'Обращение обучающегося'];

/**
 * Why personal data is looked at, for the access journal (152-ФЗ). Never filled in for the operator: he picks a
 * usual reason or types his own, so the journal says what really happened.
 */
export function AccessReasonInput(props: {
  value: string;
  onChange: (reason: string) => void;
  missing?: boolean;
  /** a form's own message, when the form validates the reason itself */
  error?: ReactNode;
  /** the usual reasons of this kind of look, when not those of a single child's card */
  usualReasons?: readonly string[];
}) {
  return (
    <Stack gap={6}>
      <TextInput
        label="Причина обращения"
        description="Записывается в журнал доступа к персональным данным"
        required
        value={props.value}
        error={props.error ?? (props.missing && props.value.trim() === '' ? 'Укажите причину обращения.' : undefined)}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
      <Group gap={6} role="group" aria-label="Частые причины">
        {(props.usualReasons ?? USUAL_REASONS).map((reason) => (
          <Button key={reason} size="compact-xs" variant="default" onClick={() => props.onChange(reason)}>
            {reason}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
