import { Alert } from '@mantine/core';
import { apiErrorMessage } from '../api/api-error';

/** An API failure in the API's Russian words; renders nothing without an error. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (error === null || error === undefined) return null;
  return (
    <Alert color="red" variant="outline" title={title} role="alert">
      {apiErrorMessage(error)}
    </Alert>
  );
}
