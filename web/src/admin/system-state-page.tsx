import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { REPLAY_DEAD_LETTERS, SYSTEM_STATE, type ServiceName, type ServiceState } from '../api/system-state.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';

const services: readonly { name: ServiceName; label: string }[] = [
  { name: 'identity', label: 'Пользователи и документы' },
  { name: 'certificates', label: 'Сертификаты' },
  { name: 'navigator', label: 'Навигатор' },
  { name: 'billing', label: 'Расчёты' },
  { name: 'notifications', label: 'Уведомления' },
];

// the page follows the system by itself; the admin need not reload it to see a replay take effect
const pollIntervalMs = 5_000;

function DeadLetters({ label, state }: { label: string; state: ServiceState }) {
  if (state.deadLetters.length === 0) return <Text size="sm">Недоставленных событий нет.</Text>;
  return (
    <TableRegion label={`Недоставленные события: ${label}`} minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Когда</Table.Th>
            <Table.Th>Событие</Table.Th>
            <Table.Th>Ошибка</Table.Th>
            <Table.Th>Попыток</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {state.deadLetters.map((letter) => (
            <Table.Tr key={letter.id}>
              <Table.Td>{formatDateTime(letter.deadLetteredAt)}</Table.Td>
              <Table.Td>
                <Text size="sm">{letter.eventType ?? 'не удалось прочитать'}</Text>
                <Text size="xs" c="dimmed">
                  {letter.topic}
                  {letter.eventId && `, ${letter.eventId}`}
                </Text>
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{letter.error}</Table.Td>
              <Table.Td>{letter.attempts}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function ServiceCard({ name, label, state }: { name: ServiceName; label: string; state: ServiceState | null | undefined }) {
  const [replay, replayed] = useMutation(REPLAY_DEAD_LETTERS[name], { refetchQueries: [SYSTEM_STATE] });
  const count = Object.values(replayed.data ?? {})[0]?.replayed;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`service-${name}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id={`service-${name}`}>
            {label}
          </Title>
          {state &&
            (state.deadLetterCount > 0 ? (
              <Badge color="red.9">Недоставленных: {state.deadLetterCount}</Badge>
            ) : (
              <Badge variant="outline" color="dark">
                В порядке
              </Badge>
            ))}
        </Group>
        {!state ? (
          <Notice color="red" title="Сервис не ответил">
            Состояние сервиса сейчас неизвестно.
          </Notice>
        ) : (
          <>
            <Text size="sm">
              Не отправлено событий: {state.outboxBacklog}
              {state.oldestOutboxSeconds !== null && `, самое старое ждёт ${state.oldestOutboxSeconds} с`}
            </Text>
            {state.consumerLag.length > 0 && (
              <Text size="sm">
                Отставание обработки: {state.consumerLag.map((lag) => `${lag.topic} — ${lag.lag}`).join(', ')}
              </Text>
            )}
            {!state.kafkaAnswered && (
              <Notice color="orange" title="Kafka не ответила">
                Недоставленные события сейчас не видны.
              </Notice>
            )}
            <DeadLetters label={label} state={state} />
            <Group>
              <Button
                variant="default"
                disabled={state.deadLetterCount === 0}
                loading={replayed.loading}
                onClick={() => void replay().catch(() => undefined)}
                aria-label={`Повторить: ${label}`}
              >
                Повторить
              </Button>
            </Group>
            {count !== undefined && <Notice>Отправлено на повторную обработку: {count}</Notice>}
            <ErrorAlert error={replayed.error} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** «Состояние системы»: the regional admin sees each service's outbox, consumer lag and dead letters, and replays them. */
export function SystemStatePage() {
  const state = useQuery(SYSTEM_STATE, { errorPolicy: 'all', pollInterval: pollIntervalMs, fetchPolicy: 'network-only' });
  return (
    <Stack gap="lg">
      <PageHeader title="Состояние системы">
        Очередь неотправленных событий, отставание обработки и события, которые сервис не смог обработать. Когда причина
        устранена, «Повторить» отправляет их на обработку снова.
      </PageHeader>
      {state.loading && !state.data && <Loading />}
      {state.data && (
        <Stack gap="md">
          {services.map(({ name, label }) => (
            <ServiceCard key={name} name={name} label={label} state={state.data?.[`${name}State`]} />
          ))}
        </Stack>
      )}
      {!state.data && <ErrorAlert error={state.error} />}
    </Stack>
  );
}
