import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, generatePath } from 'react-router-dom';
import {
  ADD_GROUP,
  ARCHIVE_PROGRAM,
  PROGRAM_FOR_EDIT,
  SUBMIT_PROGRAM,
  UPDATE_GROUP,
  UPDATE_PROGRAM,
  programStatusLabels,
  type ProgramGroup,
  type ProgramWithReviews,
} from '../api/navigator.operations';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDateTime, formatDays, formatKopecks } from '../components/format';
import { GroupForm, blankGroup } from './group-form';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { ProgramForm } from './program-form';
import { paths } from '../routes';

function GroupItem({ group, editable }: { group: ProgramGroup; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [update, updated] = useMutation(UPDATE_GROUP);
  const label = `${formatDays(group.daysOfWeek)}, ${group.startTime}–${group.endTime}`;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text>
          {label} · {group.teacher} · свободно {group.seatsLeft} из {group.seats} · {formatDate(group.startDate)} –{' '}
          {formatDate(group.endDate)}
        </Text>
        {editable && !editing && (
          <div>
            <Button size="xs" variant="default" onClick={() => setEditing(true)} aria-label={`Изменить группу ${label}`}>
              Изменить
            </Button>
          </div>
        )}
        {editing && (
          <GroupForm
            initial={group}
            submitLabel="Сохранить группу"
            pending={updated.loading}
            error={updated.error}
            onSubmit={({ teacher, daysOfWeek, startTime, endTime, seats, startDate, endDate }) =>
              void update({
                variables: { id: group.id, changes: { teacher, daysOfWeek, startTime, endTime, seats, startDate, endDate } },
              })
                .then(() => setEditing(false))
                .catch(() => undefined)
            }
          />
        )}
      </Stack>
    </Paper>
  );
}

function Groups({ program }: { program: ProgramWithReviews }) {
  const [adding, setAdding] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [add, added] = useMutation(ADD_GROUP, { refetchQueries: [PROGRAM_FOR_EDIT] });
  const editable = program.status !== 'archived';
  return (
    <Stack gap="sm" component="section" aria-labelledby="groups-title">
      <Title order={2} size="h4" id="groups-title">
        Группы
      </Title>
      {program.groups.length === 0 && <Text>Групп пока нет.</Text>}
      {program.groups.map((group) => (
        <GroupItem key={group.id} group={group} editable={editable} />
      ))}
      {editable && !adding && (
        <div>
          <Button variant="default" onClick={() => setAdding(true)}>
            Добавить группу
          </Button>
        </div>
      )}
      {adding && (
        <Paper withBorder p="md">
          <GroupForm
            initial={blankGroup}
            submitLabel="Сохранить группу"
            pending={added.loading}
            error={added.error}
            onSubmit={(input) =>
              void add({ variables: { programId: program.id, input, idempotencyKey } })
                .then(() => {
                  setAdding(false);
                  setIdempotencyKey(crypto.randomUUID());
                })
                .catch(() => undefined)
            }
          />
        </Paper>
      )}
    </Stack>
  );
}

function ProgramCabinet({ program }: { program: ProgramWithReviews }) {
  const [update, updated] = useMutation(UPDATE_PROGRAM);
  const [submit, submitted] = useMutation(SUBMIT_PROGRAM);
  const [archive, archived] = useMutation(ARCHIVE_PROGRAM);
  const editable = program.status === 'draft' || program.status === 'returned';
  const lastRemarks = program.reviewHistory.at(-1);
  const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Badge
          variant={program.status === 'published' ? 'filled' : 'light'}
          color={program.status === 'returned' ? 'red' : 'blue'}
        >
          {programStatusLabels[program.status] ?? program.status}
        </Badge>
        {program.status === 'published' && (
          <Anchor component={Link} to={generatePath(paths.program, { programId: program.id })}>
            Страница в навигаторе
          </Anchor>
        )}
      </Group>
      <Notice color={program.priceExceedsCertificate ? 'red' : 'blue'} title="Стоимость и сертификат">
        Стоимость: {formatKopecks(program.monthlyPriceKopecks)} в месяц.{' '}
        {program.certificateValuePerMonthKopecks === null
          ? 'Норматив сертификата муниципалитета ещё не утверждён.'
          : `Сертификат муниципалитета платит ${formatKopecks(program.certificateValuePerMonthKopecks)} в месяц.`}
        {program.priceExceedsCertificate && ' Цена выше: разницу будет доплачивать семья.'}
      </Notice>
      {program.status === 'returned' && lastRemarks?.remarks && (
        <Alert color="red" variant="outline" title="Замечания МОЦ">
          {lastRemarks.remarks} ({formatDateTime(lastRemarks.reviewedAt)})
        </Alert>
      )}
      <ErrorAlert error={submitted.error ?? archived.error} />
      <Group>
        {editable && (
          <Button loading={submitted.loading} onClick={() => quietly(submit({ variables: { id: program.id } }))}>
            Отправить на проверку
          </Button>
        )}
        {program.status !== 'archived' && program.status !== 'on_review' && (
          <Button
            variant="default"
            loading={archived.loading}
            onClick={() => quietly(archive({ variables: { id: program.id } }))}
          >
            Убрать в архив
          </Button>
        )}
      </Group>
      <Groups program={program} />
      {editable ? (
        <Paper withBorder p="md" component="section" aria-labelledby="program-form-title">
          <Title order={2} size="h4" id="program-form-title" mb="sm">
            Сведения о программе
          </Title>
          <ProgramForm
            key={program.id}
            initial={program}
            submitLabel="Сохранить изменения"
            pending={updated.loading}
            error={updated.error}
            onSubmit={(changes) => quietly(update({ variables: { id: program.id, changes } }))}
          />
        </Paper>
      ) : (
        <Paper withBorder p="md">
          <List spacing={4} size="sm">
            <List.Item>{program.description}</List.Item>
            <List.Item>
              {program.directionLabel} направленность, {program.minAge}–{program.maxAge} лет, {program.durationMonths} мес.,{' '}
              {program.hours} ак. ч.
            </List.Item>
            <List.Item>{program.address}</List.Item>
          </List>
        </Paper>
      )}
    </Stack>
  );
}

/** One program in the provider's cabinet: price against the certificate, groups, edit, submit, archive. */
export function ProviderProgramPage() {
  const { programId = '' } = useParams();
  const { data, loading, error } = useQuery(PROGRAM_FOR_EDIT, { variables: { id: programId }, fetchPolicy: 'cache-and-network' });
  const program = data?.program;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.providerPrograms}>
        ← Все программы
      </Anchor>
      <PageHeader title={program?.title ?? 'Программа'} />
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && !program && <Text>Программа не найдена.</Text>}
      {program && <ProgramCabinet program={program} />}
    </Stack>
  );
}
