import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { MUNICIPALITY_REFERENCE, UPDATE_SUPPORT_CENTRE, type SupportCentre } from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { formatDateTime } from '../components/format';
import { Notice } from '../components/notice';

/** The municipality's support centre (МОЦ): name, address and phone as parents see them. */
export function SupportCentreForm({ municipalityCode, centre }: { municipalityCode: string; centre: SupportCentre | null }) {
  const form = useForm({
    initialValues: { name: centre?.name ?? '', address: centre?.address ?? '', phone: centre?.phone ?? '' },
    validate: {
      name: filled('Укажите название МОЦ.'),
      address: filled('Укажите адрес МОЦ.'),
      phone: filled('Укажите телефон МОЦ.'),
    },
  });
  const [update, updated] = useMutation(UPDATE_SUPPORT_CENTRE, { refetchQueries: [MUNICIPALITY_REFERENCE] });

  function submit(values: typeof form.values) {
    void update({ variables: { input: { municipalityCode, ...values } } }).catch(() => undefined);
  }

  return (
    <form onSubmit={form.onSubmit(submit)} aria-labelledby="support-centre" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="support-centre">
          Муниципальный опорный центр
        </Title>
        <TextInput label="Название МОЦ" required {...form.getInputProps('name')} />
        <TextInput label="Адрес МОЦ" required {...form.getInputProps('address')} />
        <TextInput label="Телефон МОЦ" description="Например +7 (3842) 36-51-14" required {...form.getInputProps('phone')} />
        <Group>
          <Button type="submit" loading={updated.loading}>
            Сохранить МОЦ
          </Button>
        </Group>
        <ErrorAlert error={updated.error} />
        {updated.data && !updated.error && (
          <Notice>Сведения о МОЦ сохранены {formatDateTime(updated.data.updateSupportCentre.updatedAt)}.</Notice>
        )}
      </Stack>
    </form>
  );
}
