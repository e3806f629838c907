import { Anchor, Button, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLazyQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { DOCUMENT_SCAN, documentLabel, type DocumentScanContent, type IdentityDocument } from '../api/identity.operations';
import { AccessReasonInput } from './access-reason-input';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';

/** The decoded file as a blob address the browser shows, released when no longer shown. */
function useBlobUrl(scan: DocumentScanContent | null | undefined): string | null {
  const url = useMemo(() => {
    if (!scan) return null;
    const bytes = Uint8Array.from(atob(scan.contentBase64), (char) => char.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: scan.contentType }));
  }, [scan]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function ScanView({ scan, label }: { scan: DocumentScanContent; label: string }) {
  const url = useBlobUrl(scan);
  if (!url) return null;
  return (
    <Stack gap="xs">
      {scan.contentType === 'application/pdf' ? (
        <iframe src={url} title={`Скан: ${label}`} style={{ width: '100%', height: '70vh', border: 0 }} />
      ) : (
        <Image src={url} alt={`Скан: ${label}`} fit="contain" w="auto" maw="100%" mah="70vh" />
      )}
      <Anchor href={url} download={scan.fileName}>
        Скачать файл «{scan.fileName}»
      </Anchor>
    </Stack>
  );
}

/**
 * Lets the operator checking documents open a child's scan. Each opening is a read of personal data that
 * identity journals, so it asks every time for the reason, which the operator picks or types himself.
 */
export function DocumentScanViewer({ document }: { document: IdentityDocument }) {
  const [opened, setOpened] = useState(false);
  // never cached: every opening is read (and journaled) anew
  const [load, loaded] = useLazyQuery(DOCUMENT_SCAN, { fetchPolicy: 'no-cache' });
  const [shown, setShown] = useState<DocumentScanContent | null>(null);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: filled('Укажите причину обращения.') } });
  const label = documentLabel(document);

  function close() {
    setOpened(false);
    setShown(null);
    form.reset();
  }

  function open({ reason }: { reason: string }) {
    void load({ variables: { id: document.id, reason: reason.trim() } }).then(
      (result) => setShown(result.data?.document.scan ?? null),
      () => undefined,
    );
  }

  if (!document.scan) return <Text size="sm">Скан не загружен</Text>;
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)} aria-label={`Открыть скан: ${label}`}>
        Открыть скан
      </Button>
      <Modal opened={opened} onClose={close} title={`Скан: ${label}`} size="xl">
        {shown ? (
          <ScanView scan={shown} label={label} />
        ) : (
          <form onSubmit={form.onSubmit(open)} noValidate>
            <Stack gap="sm">
              <Text size="sm">
                Файл «{document.scan.fileName}». Открытие скана записывается в журнал доступа к персональным данным.
              </Text>
              <AccessReasonInput
                value={form.values.reason}
                onChange={(reason) => form.setFieldValue('reason', reason)}
                error={form.errors.reason}
              />
              <ErrorAlert error={loaded.error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Отмена
                </Button>
                <Button type="submit" loading={loaded.loading}>
                  Открыть
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
