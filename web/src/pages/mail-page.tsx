import { Badge, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MY_NOTIFICATIONS, deliveryLabels } from '../api/notifications.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';

/** «Почта»: every letter sent to the viewer and whether it was delivered. */
export function MailPage() {
  const { data, loading, error } = useQuery(MY_NOTIFICATIONS, { fetchPolicy: 'cache-and-network' });
  const letters = data?.myNotifications ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title="Почта">Письма о заявках, сертификатах и записи в кружки.</PageHeader>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && letters.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Здесь появятся письма"
            description="Копия каждого письма, отправленного вам на электронную почту, сохраняется здесь."
          />
        </Paper>
      )}
      {letters.map((letter) => (
        <Paper key={letter.id} withBorder p="md" component="article" aria-label={letter.subject}>
          <Group justify="space-between" gap="xs">
            <Text fw={700}>{letter.subject}</Text>
            <Badge variant={letter.status === 'sent' ? 'light' : 'outline'} color={letter.status === 'failed' ? 'red' : 'blue'}>
              {deliveryLabels[letter.status] ?? letter.status}
            </Badge>
          </Group>
          <Text size="sm">
            {letter.email} · {formatDateTime(letter.sentAt ?? letter.createdAt)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
