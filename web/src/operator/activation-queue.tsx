import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, generatePath } from 'react-router-dom';
import { ACTIVATION_QUEUE } from '../api/certificates.operations';
import { childFullName } from '../api/identity.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDateTime } from '../components/format';
import { Loading } from '../components/loading';
import { TableRegion } from '../components/table-region';
import { paths } from '../routes';

const pageSize = 20;

/** Certificates of the municipality waiting for activation, oldest first, a page at a time. */
export function ActivationQueue() {
  const queue = useQuery(ACTIVATION_QUEUE, { variables: { first: pageSize }, fetchPolicy: 'cache-and-network' });
  const data = queue.data?.activationQueue;

  function more() {
    if (!data?.endCursor) return;
    void queue
      .fetchMore({
        variables: { first: pageSize, after: data.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          activationQueue: {
            ...fetchMoreResult.activationQueue,
            items: [...previous.activationQueue.items, ...fetchMoreResult.activationQueue.items],
          },
        }),
      })
      .catch(() => undefined);
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="activation-queue">
      <Title order={2} size="h4" id="activation-queue">
        Очередь на активацию{data ? `: ${data.totalCount}` : ''}
      </Title>
      {queue.loading && !data && <Loading />}
      <ErrorAlert error={queue.error} />
      {data && data.items.length === 0 && <Text>Все сертификаты муниципалитета активированы.</Text>}
      {data && data.items.length > 0 && (
        <TableRegion label="Очередь на активацию" minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Номер</Table.Th>
                <Table.Th>Ребёнок</Table.Th>
                <Table.Th>Дата рождения</Table.Th>
                <Table.Th>Группа сертификата</Table.Th>
                <Table.Th>Создан</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={generatePath(paths.operatorCertificate, { number: item.number })}>
                      {item.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{childFullName(item.child)}</Table.Td>
                  <Table.Td>{formatDate(item.child.birthDate)}</Table.Td>
                  <Table.Td>{item.groupName}</Table.Td>
                  <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
      {data?.hasNextPage && (
        <Group>
          <Button variant="default" onClick={more} loading={queue.loading}>
            Показать ещё
          </Button>
        </Group>
      )}
    </Stack>
  );
}
