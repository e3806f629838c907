import { Anchor, AppShell, Button, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { paths } from '../routes';

export function PublicLayout() {
  const { state } = useAuth();
  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header>
        <Container size="lg" h="100%" px={{ base: 'xs', sm: 'md' }}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
            {/* On a phone the brand keeps one line so the two links fit beside it. */}
            <Anchor component={Link} to={paths.home} fw={700} c="dark" underline="never" style={{ whiteSpace: 'nowrap' }}>
              Сертификат ПДО
              <Text component="span" inherit visibleFrom="sm">
                {' '}
                · Кузбасс
              </Text>
            </Anchor>
            <Group component="nav" aria-label="Основная навигация" gap={4} wrap="nowrap">
              <Button component={Link} to={paths.catalogue} variant="subtle" px="xs">
                Навигатор
              </Button>
              <Button component={Link} to={paths.home} variant="subtle" px="xs">
                {state.status === 'signed-in' ? 'Личный кабинет' : 'Вход'}
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" py="md" px={{ base: 0, sm: 'md' }}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
