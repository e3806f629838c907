import { Group } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { APPLICATION_FORM, INSTITUTIONS_LIST } from '../api/documents.operations';
import { DownloadButton } from '../components/download-button';

/**
 * «Скачать заявление» and «Обновить заявление» (the form is rendered from the current data at every request), and
 * «Скачать учреждения»: where in the municipality the certificate is activated.
 */
export function CertificateDownloads({ childId, municipalityCode }: { childId: string; municipalityCode: string }) {
  const client = useApolloClient();
  const applicationForm = () =>
    client
      .query({ query: APPLICATION_FORM, variables: { childId }, fetchPolicy: 'network-only' })
      .then(({ data }) => data?.child.applicationForm);
  const institutionsList = () =>
    client
      .query({ query: INSTITUTIONS_LIST, variables: { code: municipalityCode }, fetchPolicy: 'network-only' })
      .then(({ data }) => data?.municipality?.institutionsList);
  return (
    <Group gap="sm" align="start">
      <DownloadButton link={applicationForm}>Скачать заявление</DownloadButton>
      <DownloadButton link={applicationForm} variant="subtle">
        Обновить заявление
      </DownloadButton>
      <DownloadButton link={institutionsList}>Скачать учреждения</DownloadButton>
    </Group>
  );
}
