import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ActivatingInstitution, InstitutionInput } from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';

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
  const form = useForm({
    initialValues: initial,
    validate: { name: filled('Укажите название учреждения.'), address: filled('Укажите адрес учреждения.') },
  });

  async function submit(values: typeof initial) {
    const done = await props.onSubmit({ ...values, phone: values.phone.trim() === '' ? null : values.phone });
    if (done && !props.institution) form.reset();
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} aria-label={props.label} noValidate>
      <Stack gap="sm">
        <TextInput label="Название учреждения" required {...form.getInputProps('name')} />
        <TextInput label="Адрес учреждения" required {...form.getInputProps('address')} />
        <TextInput
          label="Телефон учреждения"
          description="Необязательно, например +7 (3842) 36-51-14"
          {...form.getInputProps('phone')}
        />
        <Checkbox label="Принимает заявления от родителей" {...form.getInputProps('acceptsApplications', { type: 'checkbox' })} />
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
