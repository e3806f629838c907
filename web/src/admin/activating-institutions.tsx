import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  ADD_ACTIVATING_INSTITUTION,
  MUNICIPALITY_REFERENCE,
  REMOVE_ACTIVATING_INSTITUTION,
  UPDATE_ACTIVATING_INSTITUTION,
  type ActivatingInstitution,
} from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { InstitutionForm } from './institution-form';

const refetchQueries = [MUNICIPALITY_REFERENCE];

function InstitutionItem({ institution }: { institution: ActivatingInstitution }) {
  const [editing, setEditing] = useState(false);
  const [update, updated] = useMutation(UPDATE_ACTIVATING_INSTITUTION, { refetchQueries });
  const [remove, removed] = useMutation(REMOVE_ACTIVATING_INSTITUTION, { refetchQueries });
  return (
    <Paper withBorder p="sm" component="article" aria-label={institution.name}>
      {editing ? (
        <InstitutionForm
          label={`Изменить: ${institution.name}`}
          institution={institution}
          submitLabel="Сохранить учреждение"
          pending={updated.loading}
          error={updated.error}
          onCancel={() => setEditing(false)}
          onSubmit={(input) =>
            update({ variables: { input: { id: institution.id, ...input } } }).then(
              () => {
                setEditing(false);
                return true;
              },
              () => false,
            )
          }
        />
      ) : (
        <Stack gap={4}>
          <Text fw={700}>{institution.name}</Text>
          <Text size="sm">{institution.address}</Text>
          {institution.phone && <Text size="sm">{institution.phone}</Text>}
          {institution.acceptsApplications && <Text size="sm">Принимает заявления от родителей</Text>}
          <Group gap="xs" mt={4}>
            <Button size="xs" variant="default" onClick={() => setEditing(true)} aria-label={`Изменить: ${institution.name}`}>
              Изменить
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              loading={removed.loading}
              onClick={() => void remove({ variables: { id: institution.id } }).catch(() => undefined)}
              aria-label={`Убрать: ${institution.name}`}
            >
              Убрать
            </Button>
          </Group>
          <ErrorAlert error={removed.error} />
        </Stack>
      )}
    </Paper>
  );
}

/** Institutions of the municipality where parents activate certificates: the list «Скачать учреждения» prints. */
export function ActivatingInstitutions(props: { municipalityCode: string; institutions: readonly ActivatingInstitution[] }) {
  const [add, added] = useMutation(ADD_ACTIVATING_INSTITUTION, { refetchQueries });
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Учреждения, активирующие сертификаты
      </Title>
      {props.institutions.length === 0 && <Text>Учреждений пока нет.</Text>}
      {props.institutions.map((institution) => (
        <InstitutionItem key={institution.id} institution={institution} />
      ))}
      <Paper withBorder p="md" maw={560}>
        <Title order={3} size="h5" mb="sm">
          Добавить учреждение
        </Title>
        <InstitutionForm
          label="Добавить учреждение"
          submitLabel="Добавить учреждение"
          pending={added.loading}
          error={added.error}
          onSubmit={(input) =>
            add({ variables: { input: { municipalityCode: props.municipalityCode, ...input } } }).then(
              () => true,
              () => false,
            )
          }
        />
      </Paper>
    </Stack>
  );
}
