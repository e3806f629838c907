import { Anchor, Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MY_CHILDREN, childFullName } from '../api/identity.operations';
import {
  MY_ENROLLMENTS,
  REQUEST_ENROLLMENT,
  enrollmentStatusLabels,
  type ProgramDetails,
  type ProgramGroup,
} from '../api/navigator.operations';
import { ContractOfferDialog } from './contract-offer-dialog';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';
import { formatDays } from '../components/format';
import { Loading } from '../components/loading';
import { PriceSplitView } from './price-split-view';
import { paths } from '../routes';

/** Enrolment of one of the viewer's children with a live certificate into a chosen group. */
export function EnrolPanel({ program, group }: { program: ProgramDetails; group: ProgramGroup }) {
  const children = useQuery(MY_CHILDREN);
  const [childId, setChildId] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [offerOpened, setOfferOpened] = useState(false);
  const [request, requested] = useMutation(REQUEST_ENROLLMENT, { refetchQueries: [MY_ENROLLMENTS] });

  if (children.loading) return <Loading />;
  if (children.error) return <ErrorAlert error={children.error} />;
  const withCertificate = (children.data?.myChildren ?? []).filter(
    (child) => child.certificate !== null && child.certificate.status !== 'terminated',
  );
  const chosen = withCertificate.find((child) => child.id === childId) ?? withCertificate[0];
  const enrollment = requested.data?.requestEnrollment;

  // The request goes only after the parent has accepted the offer in the dialog; the server refuses it otherwise.
  // Sent, the panel shows the request instead of the dialog; refused, the dialog stays open with the reason.
  function enrolAccepted(childId: string) {
    void request({ variables: { input: { childId, groupId: group.id, idempotencyKey, offerAccepted: true } } }).catch(
      () => undefined,
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="enrol-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="enrol-title">
          Запись в группу: {formatDays(group.daysOfWeek)}, {group.startTime}–{group.endTime}
        </Title>
        {chosen === undefined ? (
          <Text>
            Записаться можно с сертификатом дополнительного образования. Получите его в разделе{' '}
            <Anchor component={Link} to={paths.additionalEducation}>
              «Дополнительное образование»
            </Anchor>
            .
          </Text>
        ) : enrollment ? (
          <Notice title="Заявка на зачисление подана">
            Статус: {enrollmentStatusLabels[enrollment.status] ?? enrollment.status}.{' '}
            <Anchor component={Link} to={paths.enrollments}>
              Мои записи
            </Anchor>
          </Notice>
        ) : (
          <>
            <NativeSelect
              label="Ребёнок"
              value={chosen.id}
              onChange={(event) => setChildId(event.currentTarget.value)}
              data={withCertificate.map((child) => ({
                value: child.id,
                label: `${childFullName(child)}, сертификат ${child.certificate?.number ?? ''}`,
              }))}
            />
            <PriceSplitView programId={program.id} childId={chosen.id} />
            <div>
              <Button loading={requested.loading} onClick={() => setOfferOpened(true)}>
                Записать ребёнка
              </Button>
            </div>
            <ContractOfferDialog
              opened={offerOpened}
              onClose={() => setOfferOpened(false)}
              program={program}
              group={group}
              child={{ id: chosen.id, name: childFullName(chosen) }}
              sending={requested.loading}
              error={requested.error}
              onAccept={() => enrolAccepted(chosen.id)}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
