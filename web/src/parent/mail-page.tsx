import { Anchor, Badge, Button, Collapse, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MY_NOTIFICATIONS, deliveryLabels, type Notification } from '../api/notifications.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';

const LINK = /(https?:\/\/[^\s<>"]+)/;

/** The letter's plain text as sent, its links clickable (the confirmation link works from here too). */
function LetterBody({ body }: { body: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {body.split(LINK).map((part, index) =>
        index % 2 === 1 ? (
          <Anchor key={index} href={part}>
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

function Letter({ letter }: { letter: Notification }) {
  const [open, setOpen] = useState(false);
  const bodyId = `letter-${letter.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-label={letter.subject}>
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{letter.subject}</Text>
        <Badge variant={letter.status === 'sent' ? 'light' : 'outline'} color={letter.status === 'failed' ? 'red' : 'blue'}>
          {deliveryLabels[letter.status] ?? letter.status}
        </Badge>
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {letter.email} · {formatDateTime(letter.sentAt ?? letter.createdAt)}
        </Text>
        <Button variant="default" size="compact-sm" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? 'Свернуть письмо' : 'Открыть письмо'}
        </Button>
      </Group>
      <Collapse expanded={open} id={bodyId} keepMounted>
        <Paper bg="gray.0" p="sm" mt="sm">
          <LetterBody body={letter.body} />
        </Paper>
      </Collapse>
    </Paper>
  );
}

/** «Почта»: every letter sent to the viewer, whether it was delivered, and its text to read. */
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
        <Letter key={letter.id} letter={letter} />
      ))}
    </Stack>
  );
}
