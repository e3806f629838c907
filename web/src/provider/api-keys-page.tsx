import { Button, Code, EmptyState, Group, Paper, Stack, Table, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { CREATE_API_KEY, MY_API_KEYS, REVOKE_API_KEY } from '../api/identity.operations';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';

/** «Ключи API»: keys for the provider's own systems; the whole key is shown once, at creation. */
export function ApiKeysPage() {
  const keys = useQuery(MY_API_KEYS, { fetchPolicy: 'cache-and-network' });
  const form = useForm({ initialValues: { name: '' }, validate: { name: filled('Назовите ключ.') } });
  const [create, created] = useMutation(CREATE_API_KEY, { refetchQueries: [MY_API_KEYS] });
  const [revoke, revoked] = useMutation(REVOKE_API_KEY);
  const list = keys.data?.myApiKeys ?? [];

  function submit({ name }: { name: string }) {
    void create({ variables: { name: name.trim() } })
      .then(() => form.reset())
      .catch(() => undefined);
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Ключи API">
        Ключи, с которыми информационные системы вашей организации публикуют программы и группы. Ключ передаётся в заголовке
        «Authorization: ApiKey …».
      </PageHeader>
      <Paper withBorder p="md" maw={560}>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Group align="end">
            <TextInput
              label="Название ключа"
              description="Например, «1С: Учёт кружков»"
              required
              {...form.getInputProps('name')}
            />
            <Button type="submit" loading={created.loading}>
              Выпустить ключ
            </Button>
          </Group>
        </form>
      </Paper>
      <ErrorAlert error={created.error ?? revoked.error ?? keys.error} />
      {created.data && (
        <Notice title="Ключ выпущен — сохраните его сейчас">
          <Stack gap="xs">
            <Code block>{created.data.createApiKey.key}</Code>
            Больше ключ целиком не покажется: храним только его отпечаток.
          </Stack>
        </Notice>
      )}
      {keys.loading && !keys.data && <Loading />}
      {keys.data && list.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Здесь появятся ключи API"
            description="Ключ действует только от имени вашей организации, его можно отозвать."
          />
        </Paper>
      )}
      {list.length > 0 && (
        <TableRegion label="Ключи API" minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Название</Table.Th>
                <Table.Th>Начало ключа</Table.Th>
                <Table.Th>Выпущен</Table.Th>
                <Table.Th>Последнее использование</Table.Th>
                <Table.Th>Действие</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((key) => (
                <Table.Tr key={key.id}>
                  <Table.Td>{key.name}</Table.Td>
                  <Table.Td>
                    <Code>{key.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{formatDateTime(key.createdAt)}</Table.Td>
                  <Table.Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : '—'}</Table.Td>
                  <Table.Td>
                    {key.revokedAt ? (
                      `Отозван ${formatDateTime(key.revokedAt)}`
                    ) : (
                      <Button
                        size="xs"
                        color="red.9"
                        variant="outline"
                        aria-label={`Отозвать ключ ${key.name}`}
                        onClick={() => void revoke({ variables: { id: key.id } }).catch(() => undefined)}
                      >
                        Отозвать
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
    </Stack>
  );
}
