import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from './error-alert';

export type TableExportFormat = 'xlsx' | 'csv';

/** What an export answers (municipalityInvoicesExport, exportChildren): the file, as much of it as the buttons use. */
interface TableExportFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** «Скачать XLSX» / «Скачать CSV»: the service builds the file at the click, the browser saves it. */
export function TableExportButtons({
  fetchFile,
  label,
}: {
  /** undefined: nothing to save (the caller has said why, e.g. a missing reason) */
  fetchFile: (format: TableExportFormat) => Promise<TableExportFile | undefined>;
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
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = file.fileName;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
