import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from './error-alert';
import { saveBlob, saveInlineFile, saveLink, type BlobFile, type FileLink, type InlineFile } from './save-file';

export type TableExportFormat = 'xlsx' | 'csv';

/**
 * «Скачать XLSX» / «Скачать CSV»: at the click the service builds the file (municipalityInvoicesExport, inside
 * its answer; the gateway's /exports/tables/…, fetched by the page) or issues a one-use link that the browser
 * downloads the file from as it is streamed (exportChildrenLink); the browser saves it either way.
 */
export function TableExportButtons({
  fetchFile,
  label,
}: {
  /** undefined: nothing to save (the caller has said why, e.g. a missing reason) */
  fetchFile: (format: TableExportFormat) => Promise<InlineFile | FileLink | BlobFile | undefined>;
  /** what is downloaded, for screen readers: «счета» */
  label: string;
}) {
  const [pending, setPending] = useState<TableExportFormat | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function download(format: TableExportFormat) {
    setPending(format);
    setFailure(null);
    try {
      const file = await fetchFile(format);
      if (!file) return;
      if ('url' in file) saveLink(file);
      else if ('blob' in file) saveBlob(file);
      else saveInlineFile(file);
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap="sm">
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            variant="default"
            loading={pending === format}
            disabled={pending !== null && pending !== format}
            onClick={() => void download(format)}
            aria-label={`Скачать ${label} в ${format.toUpperCase()}`}
          >
            {`Скачать ${format.toUpperCase()}`}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={failure} />
    </Stack>
  );
}
