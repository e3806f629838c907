import { Button, EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CabinetSection } from '../layouts/cabinets';
import { usePageTitle } from './use-page-title';

/** A cabinet section with nothing in it yet: what the section is for, and an honest empty state. */
export function SectionPage({ section }: { section: CabinetSection }) {
  usePageTitle(section.label);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {section.label}
      </Title>
      <Text maw={720}>{section.description}</Text>
      <Paper withBorder p="xl">
        <EmptyState title={section.emptyTitle} description={section.emptyDescription}>
          {section.action && (
            <EmptyState.Actions>
              <Button component={Link} to={section.action.to}>
                {section.action.label}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Paper>
    </Stack>
  );
}
