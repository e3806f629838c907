import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CERTIFICATE_BY_NUMBER } from '../api/certificates.operations';
import { CHILD, childFullName, documentLabel } from '../api/identity.operations';
import { AccessReasonInput } from './access-reason-input';
import { CertificateActions } from './certificate-actions';
import { DocumentScanViewer } from './document-scan-viewer';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDateTime } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

/** One certificate for the operator: the child, the document, and what can be done with it now. */
export function OperatorCertificatePage() {
  const { number = '' } = useParams();
  const certificate = useQuery(CERTIFICATE_BY_NUMBER, { variables: { number }, fetchPolicy: 'network-only' });
  const found = certificate.data?.certificate;
  // the child's card is personal data: it is read, and journaled, only with the operator's own reason
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [statedReason, setStatedReason] = useState<string | null>(null);
  const child = useQuery(CHILD, {
    variables: { id: found?.childId ?? '', reason: statedReason ?? '' },
    skip: !found || statedReason === null,
  });
  const card = child.data?.child;
  const document = card?.documents.find((d) => d.id === found?.documentId);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.operatorCertificates}>
        ← Поиск сертификата
      </Anchor>
      <PageHeader title={`Сертификат ${number}`} />
      {(certificate.loading || child.loading) && <Loading />}
      <ErrorAlert error={certificate.error ?? child.error} />
      {certificate.data && !found && <Text>Сертификат не найден.</Text>}
      {found && statedReason === null && (
        <Paper withBorder p="md" maw={560}>
          <form
            aria-label="Данные ребёнка"
            noValidate
            onSubmit={(event: FormEvent<HTMLFormElement>) => {
              event.preventDefault();
              if (reason.trim() === '') setReasonMissing(true);
              else setStatedReason(reason.trim());
            }}
          >
            <Stack gap="sm">
              <Text>Чтобы увидеть данные ребёнка и действия с сертификатом, укажите причину обращения.</Text>
              <AccessReasonInput value={reason} onChange={setReason} missing={reasonMissing} />
              <Group>
                <Button type="submit">Показать данные ребёнка</Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      {found && (
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Text fw={700}>{card ? childFullName(card) : ''}</Text>
            <Badge variant="light" color={found.status === 'inactive' ? 'gray' : 'blue'}>
              {found.statusLabel}
            </Badge>
          </Group>
          <Table variant="vertical" withTableBorder={false}>
            <Table.Tbody>
              {card && (
                <>
                  <Table.Tr>
                    <Table.Th w={{ base: '40%', sm: 220 }}>Дата рождения</Table.Th>
                    <Table.Td>{formatDate(card.birthDate)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Адрес</Table.Th>
                    <Table.Td>{card.address}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Школа или детский сад</Table.Th>
                    <Table.Td>{card.attendsSchool ? 'посещает' : 'не посещает'}</Table.Td>
                  </Table.Tr>
                </>
              )}
              <Table.Tr>
                <Table.Th w={220}>Документ</Table.Th>
                <Table.Td>{document ? documentLabel(document) : '—'}</Table.Td>
              </Table.Tr>
              {card && card.documents.length > 0 && (
                <Table.Tr>
                  <Table.Th>Сканы документов</Table.Th>
                  <Table.Td>
                    <Stack gap={6}>
                      {card.documents.map((each) => (
                        <Group key={each.id} gap="xs" wrap="wrap">
                          <Text size="sm">{documentLabel(each)}</Text>
                          <DocumentScanViewer document={each} />
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>Муниципалитет</Table.Th>
                <Table.Td>{found.municipality.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Группа сертификата</Table.Th>
                <Table.Td>{found.groupName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Заявление №</Table.Th>
                <Table.Td>{found.applicationNumber}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Дата создания</Table.Th>
                <Table.Td>{formatDateTime(found.createdAt)}</Table.Td>
              </Table.Tr>
              {found.activatedAt && (
                <Table.Tr>
                  <Table.Th>Дата активации</Table.Th>
                  <Table.Td>{formatDateTime(found.activatedAt)}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {found && card && <CertificateActions key={found.status} certificate={found} attendsSchool={card.attendsSchool} />}
    </Stack>
  );
}
