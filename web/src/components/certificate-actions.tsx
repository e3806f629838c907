import { Button, Checkbox, Group, Stack, Textarea, Title } from '@mantine/core';
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
import { Notice } from './notice';
import { ErrorAlert } from './error-alert';

/** The document checklist and activate; suspend, resume and terminate with a reason. */
export function CertificateActions({ certificate, attendsSchool }: { certificate: Certificate; attendsSchool: boolean }) {
  const required = activationDocuments.filter((document) => document.value !== 'residence_proof' || !attendsSchool);
  const [checked, setChecked] = useState<string[]>(certificate.checkedDocuments ?? []);
  const [reason, setReason] = useState('');
  const [activate, activation] = useMutation(ACTIVATE_CERTIFICATE);
  const [suspend, suspension] = useMutation(SUSPEND_CERTIFICATE);
  const [resume, resumption] = useMutation(RESUME_CERTIFICATE);
  const [terminate, termination] = useMutation(TERMINATE_CERTIFICATE);
  const error = activation.error ?? suspension.error ?? resumption.error ?? termination.error;
  const input = { certificateId: certificate.id, reason: reason.trim() || null };
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
          <Textarea
            label="Причина"
            description="Обязательна при прекращении"
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group>
            {certificate.status === 'active' && (
              <Button variant="default" loading={suspension.loading} onClick={() => quietly(suspend({ variables: { input } }))}>
                Приостановить
              </Button>
            )}
            {certificate.status === 'suspended' && (
              <Button variant="default" loading={resumption.loading} onClick={() => quietly(resume({ variables: { input } }))}>
                Возобновить
              </Button>
            )}
            <Button color="red" loading={termination.loading} onClick={() => quietly(terminate({ variables: { input } }))}>
              Прекратить действие
            </Button>
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
