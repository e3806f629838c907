import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { MUNICIPALITY_REFERENCE, UPDATE_SUPPORT_CENTRE, type SupportCentre } from '../api/certificates.operations';
import { ErrorAlert } from './error-alert';
import { formatDateTime } from './format';
import { Notice } from './notice';

/** The municipality's support centre (МОЦ): name, address and phone as parents see them. */
export function SupportCentreForm({ municipalityCode, centre }: { municipalityCode: string; centre: SupportCentre | null }) {
  const [form, setForm] = useState({ name: centre?.name ?? '', address: centre?.address ?? '', phone: centre?.phone ?? '' });
  const [update, updated] = useMutation(UPDATE_SUPPORT_CENTRE, { refetchQueries: [MUNICIPALITY_REFERENCE] });
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void update({ variables: { input: { municipalityCode, ...form } } }).catch(() => undefined);
  }

  return (
    <form onSubmit={submit} aria-labelledby="support-centre">
      <Stack gap="sm">
        <Title order={2} size="h4" id="support-centre">
          Муниципальный опорный центр
        </Title>
        <TextInput label="Название МОЦ" required value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} />
        <TextInput label="Адрес МОЦ" required value={form.address} onChange={(e) => set('address')(e.currentTarget.value)} />
        <TextInput
          label="Телефон МОЦ"
          description="Например +7 (3842) 36-51-14"
          required
          value={form.phone}
          onChange={(e) => set('phone')(e.currentTarget.value)}
        />
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
