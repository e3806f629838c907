import { Badge, Button, EmptyState, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  ACCEPT_ENROLLMENT,
  DECLINE_ENROLLMENT,
  PROVIDER_ENROLLMENTS,
  enrollmentStatusLabels,
  type Enrollment,
} from '../api/navigator.operations';
import { formatChildName } from '../components/child-name';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';

function EnrollmentRequest({ enrollment }: { enrollment: Enrollment }) {
  const [reason, setReason] = useState('');
  const [accept, accepted] = useMutation(ACCEPT_ENROLLMENT, { refetchQueries: [PROVIDER_ENROLLMENTS] });
  const [decline, declined] = useMutation(DECLINE_ENROLLMENT, { refetchQueries: [PROVIDER_ENROLLMENTS] });
  const title = enrollment.program?.title ?? 'Программа';
  const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  return (
    <Paper withBorder p="md" component="article" aria-label={`Заявка: ${title}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Badge variant={enrollment.status === 'accepted' ? 'filled' : 'light'}>
            {enrollmentStatusLabels[enrollment.status] ?? enrollment.status}
          </Badge>
        </Group>
        <Text size="sm" fw={500}>
          Ребёнок: {formatChildName(enrollment.child)}
        </Text>
        <Text size="sm">
          Заявка от {formatDateTime(enrollment.requestedAt)} · {formatKopecks(enrollment.monthlyPriceKopecks)} в месяц,{' '}
          {enrollment.months} мес.
          {enrollment.certificateShareKopecks !== null &&
            ` · сертификат: ${formatKopecks(enrollment.certificateShareKopecks)}, доплата семьи: ${formatKopecks(enrollment.coPaymentKopecks ?? 0)}`}
        </Text>
        <ErrorAlert error={accepted.error ?? declined.error} />
        {enrollment.status === 'pending_provider' && (
          <Group align="end">
            <Button loading={accepted.loading} onClick={() => quietly(accept({ variables: { id: enrollment.id } }))}>
              Принять
            </Button>
            <TextInput label="Причина отказа" value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
            <Button
              variant="default"
              loading={declined.loading}
              onClick={() => quietly(decline({ variables: { id: enrollment.id, reason: reason.trim() } }))}
            >
              Отклонить
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

const statusFilter = [
  { value: 'pending_provider', label: 'Ждут ответа' },
  { value: 'accepted', label: 'Приняты' },
  { value: 'declined', label: 'Отклонены' },
  { value: '', label: 'Все' },
];

/** «Заявки на зачисление»: the provider's inbox, answered in time or the seat is freed. */
export function ProviderEnrollmentsPage() {
  const [status, setStatus] = useState('pending_provider');
  const { data, loading, error } = useQuery(PROVIDER_ENROLLMENTS, {
    variables: { status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const enrollments = data?.providerEnrollments ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title="Заявки на зачисление">
        Заявки родителей на зачисление детей в группы. На каждую нужно ответить в установленный срок, иначе место освободится.
      </PageHeader>
      <NativeSelect
        label="Показать"
        maw={240}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value)}
        data={statusFilter}
      />
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && enrollments.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState title="Заявок нет" description="Здесь появятся заявки родителей на зачисление детей в ваши группы." />
        </Paper>
      )}
      {enrollments.map((enrollment) => (
        <EnrollmentRequest key={enrollment.id} enrollment={enrollment} />
      ))}
    </Stack>
  );
}
