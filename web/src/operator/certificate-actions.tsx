import { Button, Checkbox, Group, Stack, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  ACTIVATE_CERTIFICATE,
  RESUME_CERTIFICATE,
  SUSPEND_CERTIFICATE,
  TERMINATE_CERTIFICATE,
  activationDocuments,
  type Certificate,
} from '../api/certificates.operations';
import { ConfirmAction } from './confirm-action';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';

/** The document checklist and activate; suspend and terminate after a confirmation with a reason; resume. */
export function CertificateActions({ certificate, attendsSchool }: { certificate: Certificate; attendsSchool: boolean }) {
  const required = activationDocuments.filter((document) => document.value !== 'residence_proof' || !attendsSchool);
  const [checked, setChecked] = useState<string[]>(certificate.checkedDocuments ?? []);
  const [activate, activation] = useMutation(ACTIVATE_CERTIFICATE);
  const [suspend, suspension] = useMutation(SUSPEND_CERTIFICATE);
  const [resume, resumption] = useMutation(RESUME_CERTIFICATE);
  const [terminate, termination] = useMutation(TERMINATE_CERTIFICATE);
  const error = activation.error ?? suspension.error ?? resumption.error ?? termination.error;
  const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);

  return (
    <Stack gap="md">
      <ErrorAlert error={error} />
      {certificate.status === 'inactive' && (
        <Stack gap="sm" component="section" aria-labelledby="checklist-title">
          <Title order={2} size="h4" id="checklist-title">
            Проверка документов
          </Title>
          <Checkbox.Group value={checked} onChange={setChecked} label="Заявитель предъявил">
            <Stack gap="xs" mt="xs">
              {required.map((document) => (
                <Checkbox key={document.value} value={document.value} label={document.label} />
              ))}
            </Stack>
          </Checkbox.Group>
          <div>
            <Button
              loading={activation.loading}
              disabled={required.some((document) => !checked.includes(document.value))}
              onClick={() =>
                quietly(activate({ variables: { input: { certificateId: certificate.id, checkedDocuments: checked } } }))
              }
            >
              Активировать сертификат
            </Button>
          </div>
        </Stack>
      )}
      {certificate.status !== 'terminated' && (
        <Stack gap="sm" component="section" aria-labelledby="status-title">
          <Title order={2} size="h4" id="status-title">
            Изменение статуса
          </Title>
          <Group>
            {certificate.status === 'active' && (
              <ConfirmAction
                label="Приостановить"
                title={`Приостановить сертификат № ${certificate.number}?`}
                consequences="Пока действие приостановлено, записаться по сертификату нельзя, а месяц, приостановленный целиком, не оплачивается. Родитель получит письмо. Возобновить действие можно в любой момент."
                loading={suspension.loading}
                onConfirm={(reason) => suspend({ variables: { input: { certificateId: certificate.id, reason } } })}
              />
            )}
            {certificate.status === 'suspended' && (
              <Button
                variant="default"
                loading={resumption.loading}
                onClick={() => quietly(resume({ variables: { input: { certificateId: certificate.id, reason: null } } }))}
              >
                Возобновить
              </Button>
            )}
            <ConfirmAction
              label="Прекратить действие"
              title={`Прекратить действие сертификата № ${certificate.number}?`}
              consequences="Заявки, ещё не принятые организациями, будут отозваны сразу; зачисления завершатся в конце месяца, и неиспользованный остаток освободится. Родитель получит письмо. Отменить прекращение нельзя: для ребёнка понадобится новая заявка."
              color="red.9"
              loading={termination.loading}
              onConfirm={(reason) => terminate({ variables: { input: { certificateId: certificate.id, reason } } })}
            />
          </Group>
        </Stack>
      )}
      {certificate.status === 'terminated' && (
        <Notice color="gray">
          Действие сертификата прекращено{certificate.terminationReason ? `: ${certificate.terminationReason}` : ''}.
        </Notice>
      )}
    </Stack>
  );
}
