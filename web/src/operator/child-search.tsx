import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useLazyQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, generatePath } from 'react-router-dom';
import { CHILD_CERTIFICATE } from '../api/certificates.operations';
import { SEARCH_CHILDREN, type FoundChild } from '../api/identity.operations';
import { AccessReasonInput } from './access-reason-input';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { ageOn, formatDate } from '../components/format';
import { Loading } from '../components/loading';
import { PupilLoginButton } from './pupil-login-form';
import { TableRegion } from '../components/table-region';
import { paths } from '../routes';

type CertificateShown = { number: string; statusLabel: string } | 'none';

/** Finds a child of the municipality by name; every look is audited, so the operator states the reason. */
export function ChildSearch() {
  const client = useApolloClient();
  const form = useForm({
    initialValues: { name: '', reason: '' },
    validate: {
      name: filled('Введите фамилию, имя или отчество ребёнка.'),
      reason: filled('Укажите причину обращения.'),
    },
  });
  const reason = form.values.reason;
  const [search, found] = useLazyQuery(SEARCH_CHILDREN, { fetchPolicy: 'network-only' });
  const [certificates, setCertificates] = useState<Record<string, CertificateShown>>({});
  const [failure, setFailure] = useState<unknown>(null);

  function submit({ name, reason }: { name: string; reason: string }) {
    setCertificates({});
    void search({ variables: { name: name.trim(), reason: reason.trim() } }).catch(() => undefined);
  }

  async function showCertificate(child: FoundChild) {
    setFailure(null);
    try {
      const { data } = await client.query({
        query: CHILD_CERTIFICATE,
        variables: { id: child.id, reason: reason.trim() },
        fetchPolicy: 'network-only',
      });
      const certificate = data?.child.certificate;
      setCertificates((shown) => ({ ...shown, [child.id]: certificate ?? 'none' }));
    } catch (error) {
      setFailure(error);
    }
  }

  const children = found.data?.searchChildren;
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" maw={560}>
        <form onSubmit={form.onSubmit(submit)} aria-labelledby="child-search" noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="child-search">
              Поиск ребёнка
            </Title>
            <TextInput label="Фамилия, имя, отчество ребёнка" required {...form.getInputProps('name')} />
            <AccessReasonInput
              value={reason}
              onChange={(value) => form.setFieldValue('reason', value)}
              error={form.errors.reason}
            />
            <Group>
              <Button type="submit">Найти ребёнка</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {found.loading && <Loading label="Ищем…" />}
      <ErrorAlert error={found.error ?? failure} />
      {children && children.length === 0 && <Text role="status">Дети с таким именем в вашем муниципалитете не найдены.</Text>}
      {children && children.length > 0 && (
        <TableRegion label="Найденные дети" minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ребёнок</Table.Th>
                <Table.Th>Дата рождения</Table.Th>
                <Table.Th>Родители</Table.Th>
                <Table.Th>Сертификат</Table.Th>
                <Table.Th>Свой вход</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.map((child) => {
                const certificate = certificates[child.id];
                return (
                  <Table.Tr key={child.id}>
                    <Table.Td>{child.fullName}</Table.Td>
                    <Table.Td>{formatDate(child.birthDate)}</Table.Td>
                    <Table.Td>{child.parentNames.join(', ') || '—'}</Table.Td>
                    <Table.Td>
                      {certificate === undefined && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Показать сертификат: ${child.fullName}`}
                          onClick={() => void showCertificate(child)}
                        >
                          Показать сертификат
                        </Button>
                      )}
                      {certificate === 'none' && 'нет сертификата'}
                      {certificate !== undefined && certificate !== 'none' && (
                        <Anchor component={Link} to={generatePath(paths.operatorCertificate, { number: certificate.number })}>
                          {certificate.number} · {certificate.statusLabel}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{ageOn(child.birthDate) >= 14 ? <PupilLoginButton child={child} /> : 'с 14 лет'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
    </Stack>
  );
}
