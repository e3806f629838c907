import { Group } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { APPLICATION_FORM } from '../api/documents.operations';
import { DownloadButton } from './download-button';

/** «Скачать заявление» and «Обновить заявление»: the form is rendered from the current data at every request. */
export function CertificateDownloads({ childId }: { childId: string }) {
  const client = useApolloClient();
  const applicationForm = () =>
    client
      .query({ query: APPLICATION_FORM, variables: { childId }, fetchPolicy: 'network-only' })
      .then(({ data }) => data?.child.applicationForm);
  return (
    <Group gap="sm" align="start">
      <DownloadButton link={applicationForm}>Скачать заявление</DownloadButton>
      <DownloadButton link={applicationForm} variant="subtle">
        Обновить заявление
      </DownloadButton>
    </Group>
  );
}
