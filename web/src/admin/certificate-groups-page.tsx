import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import {
  ADD_CERTIFICATE_GROUP,
  MUNICIPALITY_REFERENCE,
  UPDATE_CERTIFICATE_GROUP,
  type CertificateGroup,
} from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { Loading } from '../components/loading';
import { MunicipalitySelect, useMunicipalityParam } from '../components/municipality-select';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';

const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN);
const refetchQueries = [MUNICIPALITY_REFERENCE];

interface Ages {
  minAge: string;
  maxAge: string;
}

const ageRules = { minAge: filled('Укажите возраст от.'), maxAge: filled('Укажите возраст до.') };

function AgeFields({ form }: { form: UseFormReturnType<Ages & { name?: string }> }) {
  return (
    <>
      <TextInput
        label="Возраст от, лет"
        description="включительно, не младше 5"
        inputMode="numeric"
        required
        {...form.getInputProps('minAge')}
      />
      <TextInput
        label="Возраст до, лет"
        description="не включая, не старше 18"
        inputMode="numeric"
        required
        {...form.getInputProps('maxAge')}
      />
    </>
  );
}

function GroupRow({ group }: { group: CertificateGroup }) {
  const [editing, setEditing] = useState(false);
  const form = useForm<Ages & { name?: string }>({
    initialValues: { minAge: String(group.minAge), maxAge: String(group.maxAge) },
    validate: ageRules,
  });
  const [update, updated] = useMutation(UPDATE_CERTIFICATE_GROUP, { refetchQueries });

  function submit(ages: Ages) {
    void update({ variables: { input: { id: group.id, minAge: whole(ages.minAge), maxAge: whole(ages.maxAge) } } }).then(
      () => setEditing(false),
      () => undefined,
    );
  }

  return (
    <Table.Tr>
      <Table.Td>{group.name}</Table.Td>
      <Table.Td>
        {editing ? (
          <form onSubmit={form.onSubmit(submit)} aria-label={`Возраст группы: ${group.name}`} noValidate>
            <Stack gap="xs">
              <AgeFields form={form} />
              <Group gap="xs">
                <Button size="xs" type="submit" loading={updated.loading}>
                  Сохранить возраст
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                  Отмена
                </Button>
              </Group>
              <ErrorAlert error={updated.error} />
            </Stack>
          </form>
        ) : (
          `от ${group.minAge} до ${group.maxAge} лет`
        )}
      </Table.Td>
      <Table.Td>
        {!editing && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)} aria-label={`Изменить возраст: ${group.name}`}>
            Изменить
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddGroupForm({ municipalityCode }: { municipalityCode: string }) {
  const form = useForm<Ages & { name?: string }>({
    initialValues: { name: '', minAge: '', maxAge: '' },
    validate: { ...ageRules, name: (value) => filled('Укажите название группы.')(value ?? '') },
  });
  const [add, added] = useMutation(ADD_CERTIFICATE_GROUP, { refetchQueries });

  function submit({ name = '', ...ages }: Ages & { name?: string }) {
    void add({
      variables: { input: { municipalityCode, name, minAge: whole(ages.minAge), maxAge: whole(ages.maxAge) } },
    }).then(
      () => form.reset(),
      () => undefined,
    );
  }

  return (
    <Paper withBorder p="md" maw={560}>
      <form onSubmit={form.onSubmit(submit)} aria-labelledby="add-group" noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="add-group">
            Добавить группу
          </Title>
          <TextInput
            label="Название группы"
            description="Например «Дети в возрасте от 5 до 18 лет»"
            required
            {...form.getInputProps('name')}
          />
          <AgeFields form={form} />
          <Group>
            <Button type="submit" loading={added.loading}>
              Добавить группу
            </Button>
          </Group>
          <ErrorAlert error={added.error} />
          {added.data && !added.error && <Notice>Группа «{added.data.addCertificateGroup.name}» добавлена.</Notice>}
        </Stack>
      </form>
    </Paper>
  );
}

/** «Группы сертификатов»: categories of children a municipality sets normatives for, by age. */
export function CertificateGroupsPage() {
  const [code, setCode] = useMunicipalityParam();
  const reference = useQuery(MUNICIPALITY_REFERENCE, { variables: { code }, skip: code === '', fetchPolicy: 'network-only' });
  const municipality = reference.data?.municipality;
  return (
    <Stack gap="lg">
      <PageHeader title="Группы сертификатов">
        Категории детей, для которых муниципалитет устанавливает нормативы, и их возраст.
      </PageHeader>
      <MunicipalitySelect label="Муниципалитет" value={code} onChange={setCode} />
      {reference.loading && !municipality && <Loading />}
      <ErrorAlert error={reference.error} />
      {municipality && (
        <>
          {municipality.certificateGroups.length === 0 ? (
            <Text>Групп пока нет.</Text>
          ) : (
            <TableRegion label="Группы сертификатов муниципалитета" minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Группа</Table.Th>
                    <Table.Th>Возраст</Table.Th>
                    <Table.Th>Действие</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {municipality.certificateGroups.map((group) => (
                    <GroupRow key={group.id} group={group} />
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
          )}
          <AddGroupForm key={municipality.code} municipalityCode={municipality.code} />
        </>
      )}
    </Stack>
  );
}
