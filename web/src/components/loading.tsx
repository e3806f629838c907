import { Group, Loader, Text } from '@mantine/core';

export function Loading({ label = 'Загрузка…' }: { label?: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{label}</Text>
    </Group>
  );
}
