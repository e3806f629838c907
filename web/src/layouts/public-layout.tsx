import { Anchor, AppShell, Button, Container, Group } from '@mantine/core';
import { Link, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';

export function PublicLayout() {
  const { state } = useAuth();
  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" fw={700} c="dark" underline="never">
              Сертификат ПДО · Кузбасс
            </Anchor>
            <Group component="nav" aria-label="Основная навигация" gap="xs" wrap="nowrap">
              <Button component={Link} to="/navigator" variant="subtle">
                Навигатор
              </Button>
              <Button component={Link} to="/" variant="subtle">
                {state.status === 'signed-in' ? 'Личный кабинет' : 'Вход'}
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" py="md">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
