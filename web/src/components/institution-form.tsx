import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ActivatingInstitution, InstitutionInput } from '../api/certificates.operations';
import { ErrorAlert } from './error-alert';

/** Name, address, phone of an institution that activates certificates; a new one when `institution` is absent. */
export function InstitutionForm(props: {
  label: string;
  institution?: ActivatingInstitution;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: InstitutionInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const initial = {
    name: props.institution?.name ?? '',
    address: props.institution?.address ?? '',
    phone: props.institution?.phone ?? '',
    acceptsApplications: props.institution?.acceptsApplications ?? false,
  };
  const [form, setForm] = useState(initial);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await props.onSubmit({ ...form, phone: form.phone.trim() === '' ? null : form.phone });
    if (done && !props.institution) setForm(initial);
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={props.label}>
      <Stack gap="sm">
        <TextInput
          label="Название учреждения"
          required
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
        <TextInput
          label="Адрес учреждения"
          required
          value={form.address}
          onChange={(e) => setForm({ ...form, address: e.currentTarget.value })}
        />
        <TextInput
          label="Телефон учреждения"
          description="Необязательно, например +7 (3842) 36-51-14"
          value={form.phone}
          onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
        />
        <Checkbox
          label="Принимает заявления от родителей"
          checked={form.acceptsApplications}
          onChange={(e) => setForm({ ...form, acceptsApplications: e.currentTarget.checked })}
        />
        <Group>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Отмена
            </Button>
          )}
        </Group>
        <ErrorAlert error={props.error} />
      </Stack>
    </form>
  );
}
