import { Anchor, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, generatePath } from 'react-router-dom';
import {
  CERTIFICATE_GROUPS,
  ISSUE_CERTIFICATE,
  MY_APPLICATIONS,
  type CertificateApplication,
} from '../api/certificates.operations';
import { MY_CHILDREN, documentLabel, type Child } from '../api/identity.operations';
import { ErrorAlert } from '../components/error-alert';
import { paths } from '../routes';

/** Seed step 12: «Получение сертификата ПДО» — the certificate group and the child's document. */
export function IssueForm({ application, child }: { application: CertificateApplication; child: Child }) {
  const groups = useQuery(CERTIFICATE_GROUPS, { variables: { code: child.municipalityCode } });
  const groupList = groups.data?.municipality?.certificateGroups ?? [];
  const [groupId, setGroupId] = useState('');
  // from 14 the child's document is his passport, and a pupil applying himself must choose it
  const [documentId, setDocumentId] = useState(
    child.documents.find((document) => document.kind === 'PASSPORT')?.id ?? child.documents[0]?.id ?? '',
  );
  const [issue, issued] = useMutation(ISSUE_CERTIFICATE, {
    refetchQueries: [MY_CHILDREN, MY_APPLICATIONS],
    awaitRefetchQueries: true,
  });
  const chosenGroup = groupId || groupList[0]?.id || '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void issue({ variables: { input: { applicationId: application.id, groupId: chosenGroup, documentId } } }).catch(
      () => undefined,
    );
  }

  return (
    <form onSubmit={submit} aria-labelledby={`issue-${application.id}`} noValidate>
      <Stack gap="sm" maw={560}>
        <Title order={3} size="h5" id={`issue-${application.id}`}>
          Получение сертификата ПДО
        </Title>
        <ErrorAlert error={groups.error ?? issued.error} />
        <NativeSelect
          label="Группа сертификата"
          required
          value={chosenGroup}
          onChange={(event) => setGroupId(event.currentTarget.value)}
          data={groupList.map((group) => ({ value: group.id, label: group.name }))}
        />
        {child.documents.length === 0 ? (
          <Text>
            У ребёнка нет документа.{' '}
            <Anchor component={Link} to={generatePath(paths.newDocument, { childId: child.id })}>
              Предоставить документ
            </Anchor>
          </Text>
        ) : (
          <NativeSelect
            label="Документ"
            required
            value={documentId}
            onChange={(event) => setDocumentId(event.currentTarget.value)}
            data={child.documents.map((document) => ({ value: document.id, label: documentLabel(document) }))}
          />
        )}
        <div>
          <Button type="submit" loading={issued.loading} disabled={documentId === '' || chosenGroup === ''}>
            Получить сертификат
          </Button>
        </div>
      </Stack>
    </form>
  );
}
