import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** A calm message (done, or information): a status for screen readers, not an alert like errors. */
export function Notice({ title, color = 'blue', children }: { title?: string; color?: string; children: ReactNode }) {
  return (
    <Alert color={color} variant="outline" title={title} role="status">
      {children}
    </Alert>
  );
}
