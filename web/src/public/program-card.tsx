import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, generatePath } from 'react-router-dom';
import { formatLabels, type ProgramSummary } from '../api/navigator.operations';
import { formatKopecks, placeOf } from '../components/format';
import { paths } from '../routes';

export function ProgramCard({ program, municipalityName }: { program: ProgramSummary; municipalityName?: string }) {
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={generatePath(paths.program, { programId: program.id })}>
            {program.title}
          </Anchor>
        </Title>
        {program.provider && <Text size="sm">{program.provider.name}</Text>}
        <Group gap="xs">
          <Badge variant="light" color="blue">
            {program.directionLabel}
          </Badge>
          <Badge variant="light" color="gray">
            {program.minAge}–{program.maxAge} лет
          </Badge>
          <Badge variant="light" color="gray">
            {formatLabels[program.format] ?? program.format}
          </Badge>
        </Group>
        <Text size="sm" lineClamp={2}>
          {program.description}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm">{placeOf(municipalityName, program.address)}</Text>
          <Text fw={700}>{formatKopecks(program.monthlyPriceKopecks)} в месяц</Text>
        </Group>
      </Stack>
    </Paper>
  );
}
