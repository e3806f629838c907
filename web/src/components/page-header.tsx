import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../pages/use-page-title';

/** The page's one h1, its document title and an optional lead paragraph. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack gap="xs">
      <Title order={1} size="h2">
        {title}
      </Title>
      {children !== undefined && <Text maw={720}>{children}</Text>}
    </Stack>
  );
}
