import { Anchor, Badge, Button, EmptyState, Paper, Stack, Table } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, generatePath } from 'react-router-dom';
import { PROVIDER_PROGRAMS, programStatusLabels } from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';
import { paths } from '../routes';

/** «Программы»: the provider's programs in every status. */
export function ProviderProgramsPage() {
  const { data, loading, error } = useQuery(PROVIDER_PROGRAMS, { fetchPolicy: 'cache-and-network' });
  const programs = data?.providerPrograms ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title="Программы">Программы вашей организации, их группы, расписание, педагоги и места.</PageHeader>
      <div>
        <Button component={Link} to={paths.newProviderProgram}>
          Новая программа
        </Button>
      </div>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && programs.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Здесь появятся программы вашей организации"
            description="Опубликованные программы видны родителям в навигаторе."
          />
        </Paper>
      )}
      {programs.length > 0 && (
        <TableRegion label="Программы организации" minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Программа</Table.Th>
                <Table.Th>Статус</Table.Th>
                <Table.Th>Стоимость в месяц</Table.Th>
                <Table.Th>Групп</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programs.map((program) => (
                <Table.Tr key={program.id}>
                  <Table.Td>
                    <Anchor component={Link} to={generatePath(paths.providerProgram, { programId: program.id })}>
                      {program.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant={program.status === 'published' ? 'filled' : 'light'}
                      color={program.status === 'returned' ? 'red' : 'blue'}
                    >
                      {programStatusLabels[program.status] ?? program.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatKopecks(program.monthlyPriceKopecks)}</Table.Td>
                  <Table.Td>{program.groups.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
    </Stack>
  );
}
