import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { BALANCE, movementLabels } from '../api/certificates.operations';
import { TableRegion } from '../components/table-region';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';

/** The certificate's account: what is left this school year and every movement («персональный счёт»). */
export function CertificateBalance({ number }: { number: string }) {
  const { data, loading, error } = useQuery(BALANCE, { variables: { number }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Загружаем остаток…" />;
  if (error) return <ErrorAlert error={error} />;
  const certificate = data?.certificate;
  if (!certificate) return null;
  const { balance, movements } = certificate;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Остаток на сертификате
      </Title>
      {balance === null ? (
        <Text size="sm">Остаток появится после активации сертификата.</Text>
      ) : balance.accountingOnlyReason !== null ? (
        <Text size="sm">Сертификат учёта, без средств: {balance.accountingOnlyReason}</Text>
      ) : (
        <Text>
          Свободно {formatKopecks(balance.balanceKopecks)}, зарезервировано {formatKopecks(balance.reservedKopecks)}; в начале
          учебного года было {formatKopecks(balance.openedWithKopecks)}.
        </Text>
      )}
      {movements.length > 0 && (
        <TableRegion label="Операции по счёту сертификата" minWidth={480}>
          <Table>
            <Table.Caption>Операции по счёту сертификата</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Дата</Table.Th>
                <Table.Th>Операция</Table.Th>
                <Table.Th>Сумма</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {movements.map((movement) => (
                <Table.Tr key={movement.id}>
                  <Table.Td>{formatDateTime(movement.createdAt)}</Table.Td>
                  <Table.Td>{movementLabels[movement.kind] ?? movement.kind}</Table.Td>
                  <Table.Td>{formatKopecks(movement.amountKopecks)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
    </Stack>
  );
}
