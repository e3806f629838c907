import { Anchor, Badge, Button, EmptyState, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, generatePath } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { hasAnyRole } from '../auth/viewer';
import { PROGRAM, formatLabels, registryLabels, type ProgramGroup } from '../api/navigator.operations';
import { EnrolPanel } from './enrol-panel';
import { TableRegion } from '../components/table-region';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDays, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

/** A published program with its groups and seats left; a signed-in parent enrols from here. */
export function ProgramPage() {
  const { programId = '' } = useParams();
  const { state } = useAuth();
  const { data, loading, error } = useQuery(PROGRAM, { variables: { id: programId }, fetchPolicy: 'cache-and-network' });
  const [chosenGroup, setChosenGroup] = useState<ProgramGroup | null>(null);
  const canEnrol = state.status === 'signed-in' && hasAnyRole(state.viewer, ['parent', 'child']);

  if (loading && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  const program = data?.program;
  if (!program)
    return (
      <EmptyState>
        <EmptyState.Title order={1}>Программа не найдена</EmptyState.Title>
        <EmptyState.Description>Возможно, она снята с публикации.</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to={paths.catalogue}>
            Вернуться в навигатор
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.catalogue}>
        ← Все программы
      </Anchor>
      <PageHeader title={program.title}>{program.description}</PageHeader>
      <Group gap="xs">
        <Badge variant="light">{program.directionLabel} направленность</Badge>
        <Badge variant="light" color="gray">
          {registryLabels[program.registry] ?? program.registry}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <List spacing={4}>
          {program.provider && <List.Item>Организация: {program.provider.name}</List.Item>}
          <List.Item>Адрес: {program.address}</List.Item>
          <List.Item>
            Возраст: от {program.minAge} до {program.maxAge} лет
          </List.Item>
          <List.Item>Форма обучения: {formatLabels[program.format] ?? program.format}</List.Item>
          <List.Item>
            Продолжительность: {program.durationMonths} мес., {program.hours} ак. ч.
          </List.Item>
          <List.Item>Стоимость: {formatKopecks(program.monthlyPriceKopecks)} в месяц</List.Item>
          {program.needsMedicalCertificate && <List.Item>Нужна медицинская справка</List.Item>}
          {program.suitsDisabilities && <List.Item>Подходит детям с ОВЗ и инвалидностью</List.Item>}
        </List>
      </Paper>
      <Title order={2} size="h3">
        Группы
      </Title>
      {program.groups.length === 0 ? (
        <Text>Набор в группы пока не открыт.</Text>
      ) : (
        <TableRegion label="Группы программы" minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Расписание</Table.Th>
                <Table.Th>Педагог</Table.Th>
                <Table.Th>Сроки</Table.Th>
                <Table.Th>Свободных мест</Table.Th>
                {canEnrol && <Table.Th>Запись</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {program.groups.map((group) => (
                <Table.Tr key={group.id}>
                  <Table.Td>
                    {formatDays(group.daysOfWeek)}, {group.startTime}–{group.endTime}
                  </Table.Td>
                  <Table.Td>{group.teacher}</Table.Td>
                  <Table.Td>
                    {formatDate(group.startDate)} – {formatDate(group.endDate)}
                  </Table.Td>
                  <Table.Td>
                    {group.seatsLeft} из {group.seats}
                  </Table.Td>
                  {canEnrol && (
                    <Table.Td>
                      <Button
                        size="xs"
                        disabled={group.seatsLeft === 0}
                        aria-label={`Записаться в группу ${formatDays(group.daysOfWeek)}, ${group.startTime}`}
                        onClick={() => setChosenGroup(group)}
                      >
                        Записаться
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
      {!canEnrol && state.status !== 'signed-in' && (
        <Text>
          Чтобы записать ребёнка,{' '}
          <Anchor component={Link} to={paths.home} state={{ from: generatePath(paths.program, { programId: program.id }) }}>
            войдите в личный кабинет
          </Anchor>
          .
        </Text>
      )}
      {canEnrol && chosenGroup && <EnrolPanel key={chosenGroup.id} program={program} group={chosenGroup} />}
    </Stack>
  );
}
