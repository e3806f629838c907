import { Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, generatePath } from 'react-router-dom';
import { ENROLLMENT_CONTRACT } from '../api/documents.operations';
import { MY_CHILDREN, childFullName } from '../api/identity.operations';
import { MY_ENROLLMENTS, WITHDRAW_ENROLLMENT, enrollmentStatusLabels, type Enrollment } from '../api/navigator.operations';
import { DownloadButton } from '../components/download-button';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDateTime, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

const live = new Set(['awaiting_funds', 'pending_provider', 'accepted']);

function EnrollmentItem({ enrollment, childName }: { enrollment: Enrollment; childName: string }) {
  const [withdraw, withdrawn] = useMutation(WITHDRAW_ENROLLMENT);
  const client = useApolloClient();
  const contract = () =>
    client
      .query({ query: ENROLLMENT_CONTRACT, variables: { enrollmentId: enrollment.id }, fetchPolicy: 'network-only' })
      .then(({ data }) => data?.enrollmentContract);
  const title = enrollment.program?.title ?? 'Программа';
  return (
    <Paper withBorder p="md" component="article" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={2} size="h4">
            <Anchor component={Link} to={generatePath(paths.program, { programId: enrollment.programId })}>
              {title}
            </Anchor>
          </Title>
          <Badge
            variant={enrollment.status === 'accepted' ? 'filled' : 'light'}
            color={live.has(enrollment.status) ? 'blue' : 'gray'}
          >
            {enrollmentStatusLabels[enrollment.status] ?? enrollment.status}
          </Badge>
        </Group>
        <Text size="sm">
          {childName} · заявка от {formatDateTime(enrollment.requestedAt)}
        </Text>
        <Text size="sm">
          {formatKopecks(enrollment.monthlyPriceKopecks)} в месяц, {enrollment.months} мес.
          {enrollment.certificateShareKopecks !== null &&
            ` Сертификат оплатит ${formatKopecks(enrollment.certificateShareKopecks)}, доплата семьи ${formatKopecks(enrollment.coPaymentKopecks ?? 0)}.`}
        </Text>
        {enrollment.consent && enrollment.consent.method !== 'offer_accepted' && (
          <Text size="sm">
            Заявку внёс сотрудник с вашего согласия ({enrollment.consent.methodLabel},{' '}
            {formatDateTime(enrollment.consent.givenAt)}) на условиях договора-оферты организации. Если вы не давали согласия,
            отзовите заявку и сообщите в МОЦ.
          </Text>
        )}
        {enrollment.rejectionMessage && <Text size="sm">{enrollment.rejectionMessage}</Text>}
        {enrollment.declineReason && <Text size="sm">Причина отказа: {enrollment.declineReason}</Text>}
        {enrollment.endsOn && <Text size="sm">Обучение прекращается с {formatDate(enrollment.endsOn)}.</Text>}
        {enrollment.status === 'accepted' && (
          <div>
            <DownloadButton link={contract} size="xs">
              Скачать договор
            </DownloadButton>
          </div>
        )}
        <ErrorAlert error={withdrawn.error} />
        {live.has(enrollment.status) && enrollment.endsOn === null && (
          <div>
            <Button
              variant="default"
              size="xs"
              loading={withdrawn.loading}
              onClick={() => void withdraw({ variables: { id: enrollment.id } }).catch(() => undefined)}
            >
              {enrollment.status === 'accepted' ? 'Уйти из группы' : 'Отозвать заявку'}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** «Мои записи»: every enrolment request of the viewer's children and where it stands. */
export function EnrollmentsPage() {
  const { data, loading, error } = useQuery(MY_ENROLLMENTS, { fetchPolicy: 'cache-and-network' });
  const children = useQuery(MY_CHILDREN);
  const names = new Map((children.data?.myChildren ?? []).map((child) => [child.id, childFullName(child)]));
  const enrollments = data?.myEnrollments ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title="Мои записи">Заявки на зачисление в кружки и секции и их статус.</PageHeader>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && enrollments.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState title="Записей пока нет" description="Выберите программу в навигаторе и запишите ребёнка в группу.">
            <EmptyState.Actions>
              <Button component={Link} to={paths.catalogue}>
                Выбрать программу в навигаторе
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      )}
      {enrollments.map((enrollment) => (
        <EnrollmentItem key={enrollment.id} enrollment={enrollment} childName={names.get(enrollment.childId) ?? ''} />
      ))}
    </Stack>
  );
}
