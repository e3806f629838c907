import { Button, Stack, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { DownloadLink } from '../api/documents.operations';
import { ErrorAlert } from './error-alert';
import { saveLink } from './save-file';

/** Asks the API for a fresh short-lived link at the click, then lets the browser download the PDF. */
export function DownloadButton(
  props: { children: ReactNode; link: () => Promise<DownloadLink | undefined>; 'aria-label'?: string } & ButtonProps,
) {
  const { children, link, ...button } = props;
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function download() {
    setPending(true);
    setFailure(null);
    try {
      const found = await link();
      if (!found) return;
      saveLink(found);
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return (
    // a button as wide as its words, not the column's
    <Stack gap={4} align="flex-start">
      <Button variant="default" loading={pending} onClick={() => void download()} {...button}>
        {children}
      </Button>
      <ErrorAlert error={failure} />
    </Stack>
  );
}
