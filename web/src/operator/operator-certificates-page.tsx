import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLazyQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { Link, generatePath } from 'react-router-dom';
import { FIND_CERTIFICATES } from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { formatDateTime } from '../components/format';
import { ActivationQueue } from './activation-queue';
import { ChildSearch } from './child-search';
import { ChildrenExport } from './children-export';
import { Loading } from '../components/loading';
import { MoveRequests } from './move-requests';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';
import { paths } from '../routes';

/** «Заявки и сертификаты»: the activation queue, and a certificate found by its number or by the child's name. */
export function OperatorCertificatesPage() {
  const form = useForm({
    initialValues: { number: '' },
    validate: { number: filled('Введите номер сертификата.') },
  });
  const [find, found] = useLazyQuery(FIND_CERTIFICATES, { fetchPolicy: 'network-only' });

  function submit({ number }: { number: string }) {
    void find({ variables: { number: number.replace(/\s/g, '') } }).catch(() => undefined);
  }

  const certificates = found.data?.findCertificates;
  return (
    <Stack gap="lg">
      <PageHeader title="Заявки и сертификаты">
        Сертификаты детей вашего муниципалитета: сверка документов, активация, приостановка и прекращение.
      </PageHeader>
      <ActivationQueue />
      <MoveRequests />
      <Paper withBorder p="md" maw={560}>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Поиск сертификата
            </Title>
            <TextInput
              label="Номер сертификата"
              description="10 цифр, например 4207000002"
              inputMode="numeric"
              required
              {...form.getInputProps('number')}
            />
            <Group>
              <Button type="submit">Найти</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {found.loading && <Loading label="Ищем…" />}
      <ErrorAlert error={found.error} />
      {certificates && certificates.length === 0 && (
        <Text role="status">Сертификат с таким номером в вашем муниципалитете не найден.</Text>
      )}
      {certificates && certificates.length > 0 && (
        <TableRegion label="Найденные сертификаты" minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Номер</Table.Th>
                <Table.Th>Статус</Table.Th>
                <Table.Th>Группа сертификата</Table.Th>
                <Table.Th>Дата создания</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certificates.map((certificate) => (
                <Table.Tr key={certificate.id}>
                  <Table.Td>
                    <Anchor component={Link} to={generatePath(paths.operatorCertificate, { number: certificate.number })}>
                      {certificate.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={certificate.status === 'inactive' ? 'gray' : 'blue'}>
                      {certificate.statusLabel}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{certificate.groupName}</Table.Td>
                  <Table.Td>{formatDateTime(certificate.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
      <ChildSearch />
      <ChildrenExport />
    </Stack>
  );
}
