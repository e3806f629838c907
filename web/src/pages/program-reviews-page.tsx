import { Anchor, Button, EmptyState, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, generatePath } from 'react-router-dom';
import {
  APPROVE_PROGRAM,
  RETURN_PROGRAM,
  REVIEW_QUEUE,
  formatLabels,
  type ReviewQueueProgram,
} from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDays, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

function ProgramReview({ program }: { program: ReviewQueueProgram }) {
  const [remarks, setRemarks] = useState('');
  const [approve, approval] = useMutation(APPROVE_PROGRAM, { refetchQueries: [REVIEW_QUEUE] });
  const [giveBack, giving] = useMutation(RETURN_PROGRAM, { refetchQueries: [REVIEW_QUEUE] });
  const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`review-${program.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`review-${program.id}`}>
          <Anchor component={Link} to={generatePath(paths.program, { programId: program.id })}>
            {program.title}
          </Anchor>
        </Title>
        <Text size="sm">
          {program.provider?.name} · {program.directionLabel} направленность · {program.minAge}–{program.maxAge} лет ·{' '}
          {formatLabels[program.format] ?? program.format}
        </Text>
        <Text size="sm">{program.description}</Text>
        <Text size="sm">
          {formatKopecks(program.monthlyPriceKopecks)} в месяц, {program.durationMonths} мес., {program.hours} ак. ч. ·{' '}
          {program.address}
        </Text>
        {program.groups.length > 0 && (
          <List size="sm">
            {program.groups.map((group) => (
              <List.Item key={group.id}>
                {formatDays(group.daysOfWeek)}, {group.startTime}–{group.endTime}, {group.teacher}, мест: {group.seats}, с{' '}
                {formatDate(group.startDate)} по {formatDate(group.endDate)}
              </List.Item>
            ))}
          </List>
        )}
        {program.reviewHistory.length > 0 && (
          <Text size="sm">
            Прежние замечания:{' '}
            {program.reviewHistory
              .filter((review) => review.remarks)
              .map((review) => review.remarks)
              .join('; ')}
          </Text>
        )}
        <ErrorAlert error={approval.error ?? giving.error} />
        <Textarea
          label="Замечания"
          description="Нужны, чтобы вернуть программу на доработку"
          autosize
          minRows={2}
          value={remarks}
          onChange={(event) => setRemarks(event.currentTarget.value)}
        />
        <Group>
          <Button loading={approval.loading} onClick={() => quietly(approve({ variables: { id: program.id } }))}>
            Сертифицировать и опубликовать
          </Button>
          <Button
            variant="default"
            loading={giving.loading}
            onClick={() => quietly(giveBack({ variables: { id: program.id, remarks: remarks.trim() } }))}
          >
            Вернуть на доработку
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** «Программы на проверке»: approve a submitted program or return it with remarks. */
export function ProgramReviewsPage() {
  const { data, loading, error } = useQuery(REVIEW_QUEUE, { fetchPolicy: 'cache-and-network' });
  const queue = data?.reviewQueue ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title="Программы на проверке">
        Программы организаций, отправленные на сертификацию: опубликовать или вернуть с замечаниями.
      </PageHeader>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && queue.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Здесь появятся программы, ожидающие проверки"
            description="Программа попадает сюда, когда организация отправит её на проверку."
          />
        </Paper>
      )}
      {queue.map((program) => (
        <ProgramReview key={program.id} program={program} />
      ))}
    </Stack>
  );
}
