import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from './use-page-title';

export function NavigatorPage() {
  usePageTitle('Навигатор');
  return (
    <Stack gap="lg">
      <Title order={1}>Навигатор дополнительного образования детей Кузбасса</Title>
      <Text maw={720}>
        В навигаторе можно выбрать кружок, секцию или студию для ребёнка от 5 до 18 лет и записаться на программу.
        Сертифицированные программы оплачиваются сертификатом дополнительного образования.
      </Text>
      <Paper withBorder p="xl">
        <EmptyState
          title="Здесь появятся программы кружков, секций и студий"
          description="Программы публикуют образовательные организации Кузбасса после проверки."
        />
      </Paper>
    </Stack>
  );
}
