import { Box, Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ENTER_APPLICATION } from '../api/certificates.operations';
import { SEARCH_CHILDREN, SEARCH_USERS, type FoundChild, type FoundUser } from '../api/identity.operations';
import { AccessReasonInput } from './access-reason-input';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { formatDate } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';

function SearchForm(props: { title: string; label: string; onSearch: (text: string) => void; button: string }) {
  const form = useForm({ initialValues: { text: '' }, validate: { text: filled('Введите, кого искать.') } });
  return (
    <form onSubmit={form.onSubmit(({ text }) => props.onSearch(text.trim()))} aria-label={props.title} noValidate>
      <Group align="end">
        <TextInput label={props.label} required {...form.getInputProps('text')} />
        <Button type="submit" variant="default">
          {props.button}
        </Button>
      </Group>
    </form>
  );
}

/** «Заявление от родителя»: the operator enters a certificate application for a parent who came in person. */
export function AssistedApplicationPage() {
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  /** every search reads personal data: none without the operator's own reason */
  const withReason = (search: () => void) => (reason.trim() === '' ? setReasonMissing(true) : search());
  const [parent, setParent] = useState<FoundUser | null>(null);
  const [child, setChild] = useState<FoundChild | null>(null);
  const [email, setEmail] = useState('');
  const [searchUsers, users] = useLazyQuery(SEARCH_USERS, { fetchPolicy: 'network-only' });
  const [searchChildren, children] = useLazyQuery(SEARCH_CHILDREN, { fetchPolicy: 'network-only' });
  const [enterApplication, entered] = useMutation(ENTER_APPLICATION);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!parent || !child) return;
    void enterApplication({
      variables: { input: { childId: child.id, parentUserId: parent.id, email: email.trim() === '' ? null : email.trim() } },
    }).catch(() => undefined);
  }

  const application = entered.data?.enterApplication;
  return (
    <Stack gap="lg">
      <PageHeader title="Заявление от родителя">
        Заявление на сертификат за родителя, который пришёл в МОЦ лично: найдите родителя и ребёнка и подайте заявление от их
        имени.
      </PageHeader>
      <Box maw={560}>
        <AccessReasonInput value={reason} onChange={setReason} missing={reasonMissing} />
      </Box>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            1. Родитель{parent ? `: ${parent.displayName}` : ''}
          </Title>
          <SearchForm
            title="Поиск родителя"
            label="ФИО, логин или e-mail родителя"
            button="Найти родителя"
            onSearch={(query) => {
              setParent(null);
              setChild(null);
              withReason(() => void searchUsers({ variables: { query, reason } }).catch(() => undefined));
            }}
          />
          {users.loading && <Loading label="Ищем…" />}
          <ErrorAlert error={users.error} />
          {users.data?.searchUsers.length === 0 && <Text role="status">Никого не нашли.</Text>}
          {!parent && users.data && users.data.searchUsers.length > 0 && (
            <TableRegion label="Найденные родители" minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Родитель</Table.Th>
                    <Table.Th>Логин</Table.Th>
                    <Table.Th>Дети</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Действие</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.data.searchUsers.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>{user.displayName}</Table.Td>
                      <Table.Td>{user.login}</Table.Td>
                      <Table.Td>{user.childrenNames.join(', ') || '—'}</Table.Td>
                      <Table.Td>
                        <Button size="xs" onClick={() => setParent(user)} aria-label={`Выбрать: ${user.displayName}`}>
                          Выбрать
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
          )}
        </Stack>
      </Paper>
      {parent && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              2. Ребёнок{child ? `: ${child.fullName}` : ''}
            </Title>
            {parent.childrenNames.length > 0 && <Text size="sm">Дети родителя: {parent.childrenNames.join(', ')}.</Text>}
            <SearchForm
              title="Поиск ребёнка"
              label="Фамилия, имя, отчество ребёнка"
              button="Найти ребёнка"
              onSearch={(name) => {
                setChild(null);
                withReason(() => void searchChildren({ variables: { name, reason } }).catch(() => undefined));
              }}
            />
            {children.loading && <Loading label="Ищем…" />}
            <ErrorAlert error={children.error} />
            {children.data?.searchChildren.length === 0 && <Text role="status">Никого не нашли.</Text>}
            {!child && children.data && children.data.searchChildren.length > 0 && (
              <TableRegion label="Найденные дети" minWidth={560}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Ребёнок</Table.Th>
                      <Table.Th>Дата рождения</Table.Th>
                      <Table.Th>Родители</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>Действие</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {children.data.searchChildren.map((found) => (
                      <Table.Tr key={found.id}>
                        <Table.Td>{found.fullName}</Table.Td>
                        <Table.Td>{formatDate(found.birthDate)}</Table.Td>
                        <Table.Td>{found.parentNames.join(', ') || '—'}</Table.Td>
                        <Table.Td>
                          <Button size="xs" onClick={() => setChild(found)} aria-label={`Выбрать: ${found.fullName}`}>
                            Выбрать
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableRegion>
            )}
          </Stack>
        </Paper>
      )}
      {parent && child && (
        <Paper withBorder p="md" maw={560}>
          <form onSubmit={submit} aria-labelledby="enter-application" noValidate>
            <Stack gap="sm">
              <Title order={2} size="h4" id="enter-application">
                3. Заявление
              </Title>
              <TextInput
                type="email"
                label="E-mail заявителя"
                description="Необязательно: на него придёт письмо о заявке"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <Group>
                <Button type="submit" loading={entered.loading} disabled={application !== undefined}>
                  Подать заявление
                </Button>
              </Group>
              <ErrorAlert error={entered.error} />
              {application && (
                <Text role="status" fw={700}>
                  Заявление № {application.applicationNumber} подано.
                </Text>
              )}
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
