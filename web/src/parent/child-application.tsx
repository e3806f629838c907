import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RESEND_CONFIRMATION, type CertificateApplication } from '../api/certificates.operations';
import { childFullName, type Child } from '../api/identity.operations';
import { ApplyForm } from './apply-form';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';
import { IssueForm } from './issue-form';

/** The label is long: on a phone it wraps instead of pushing the page wider than the screen. */
const WRAPPING_BUTTON = { root: { height: 'auto', minHeight: 36, paddingBlock: 6 }, label: { whiteSpace: 'normal' } } as const;

/** One child without a certificate: apply, wait for the e-mail to be confirmed, then get the certificate. */
export function ChildApplication(props: { child: Child; application: CertificateApplication | undefined; openIssue: boolean }) {
  const { child, application } = props;
  const [applying, setApplying] = useState(false);
  const [issuing, setIssuing] = useState(props.openIssue);
  const [resend, resent] = useMutation(RESEND_CONFIRMATION);
  const name = childFullName(child);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`application-${child.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`application-${child.id}`}>
          {name}
        </Title>
        {application?.status === 'email_pending' && (
          <>
            <Text>
              Заявление № {application.applicationNumber}. На адрес {application.email} отправлено письмо «Заявка на сертификат
              ПДО. Подтверждение электронной почты». Для подтверждения адреса электронной почты перейдите по ссылке из письма.
            </Text>
            <ErrorAlert error={resent.error} />
            {resent.data && <Notice>Письмо отправлено ещё раз. Прежняя ссылка больше не действует.</Notice>}
            <div>
              <Button
                variant="default"
                loading={resent.loading}
                onClick={() => void resend({ variables: { applicationId: application.id } }).catch(() => undefined)}
              >
                Отправить письмо ещё раз
              </Button>
            </div>
          </>
        )}
        {application?.status === 'email_confirmed' &&
          (issuing ? (
            <IssueForm application={application} child={child} />
          ) : (
            <>
              <Text>Заявление № {application.applicationNumber}: адрес электронной почты подтверждён.</Text>
              <div>
                <Button onClick={() => setIssuing(true)}>Получить сертификат</Button>
              </div>
            </>
          ))}
        {(application === undefined || application.status === 'certificate_issued') &&
          (applying ? (
            <ApplyForm childId={child.id} onCancel={() => setApplying(false)} />
          ) : (
            <div>
              <Button
                onClick={() => setApplying(true)}
                aria-label={`Подать заявление на получение сертификата: ${name}`}
                styles={WRAPPING_BUTTON}
              >
                Подать заявление на получение сертификата
              </Button>
            </div>
          ))}
      </Stack>
    </Paper>
  );
}
