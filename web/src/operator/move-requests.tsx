import { Button, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  CERTIFICATE_MOVE_REQUESTS,
  CONFIRM_CERTIFICATE_MOVE,
  MUNICIPALITIES,
  REFUSE_CERTIFICATE_MOVE,
  type CertificateMoveRequest,
} from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime } from '../components/format';
import { TableRegion } from '../components/table-region';

type Decision = { request: CertificateMoveRequest; kind: 'confirm' | 'refuse' };

/**
 * Children who moved into the municipality: the МОЦ confirms that the certificate comes over (its number stays,
 * the money follows from next month) or refuses with a reason. Nothing moves on the parent's word alone.
 */
export function MoveRequests() {
  const requests = useQuery(CERTIFICATE_MOVE_REQUESTS, { fetchPolicy: 'cache-and-network' });
  const municipalities = useQuery(MUNICIPALITIES);
  const names = new Map((municipalities.data?.municipalities ?? []).map((m) => [m.code, m.name]));
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const refetchQueries = [CERTIFICATE_MOVE_REQUESTS];
  const [confirm, confirming] = useMutation(CONFIRM_CERTIFICATE_MOVE, { refetchQueries });
  const [refuse, refusing] = useMutation(REFUSE_CERTIFICATE_MOVE, { refetchQueries });
  const items = requests.data?.certificateMoveRequests ?? [];
  if (items.length === 0 && !requests.error) return null;

  function close() {
    setDecision(null);
    setReason('');
  }
  async function decide() {
    if (!decision) return;
    const requestId = decision.request.id;
    const done =
      decision.kind === 'confirm'
        ? await confirm({ variables: { requestId } }).catch(() => null)
        : await refuse({ variables: { requestId, reason: reason.trim() } }).catch(() => null);
    if (done) close();
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="move-requests">
      <Title order={2} size="h4" id="move-requests">
        Переезды: перевод сертификатов в ваш муниципалитет ({items.length})
      </Title>
      <ErrorAlert error={requests.error} />
      <TableRegion label="Заявления о переводе сертификатов" minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Сертификат</Table.Th>
              <Table.Th>Откуда</Table.Th>
              <Table.Th>Подано</Table.Th>
              <Table.Th>Решение</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{request.certificateNumber}</Table.Td>
                <Table.Td>{names.get(request.fromMunicipalityCode) ?? request.fromMunicipalityCode}</Table.Td>
                <Table.Td>{formatDateTime(request.requestedAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" onClick={() => setDecision({ request, kind: 'confirm' })}>
                      Подтвердить перевод
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setDecision({ request, kind: 'refuse' })}>
                      Отказать
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
      <Modal
        opened={decision !== null}
        onClose={close}
        title={decision?.kind === 'confirm' ? 'Подтвердить перевод сертификата?' : 'Отказать в переводе сертификата?'}
      >
        {decision && (
          <Stack gap="sm">
            <ErrorAlert error={confirming.error ?? refusing.error} />
            {decision.kind === 'confirm' ? (
              <Text>
                Сертификат № {decision.request.certificateNumber} перейдёт в ваш муниципалитет с тем же номером. Средства и оплата
                занятий переходят со следующего месяца. Отменить перевод нельзя.
              </Text>
            ) : (
              <Textarea
                label="Причина отказа"
                description="Её увидит родитель"
                required
                autosize
                minRows={2}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Отмена
              </Button>
              <Button
                color={decision.kind === 'confirm' ? undefined : 'red'}
                loading={confirming.loading || refusing.loading}
                disabled={decision.kind === 'refuse' && reason.trim() === ''}
                onClick={() => void decide()}
              >
                {decision.kind === 'confirm' ? 'Подтвердить перевод' : 'Отказать'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
