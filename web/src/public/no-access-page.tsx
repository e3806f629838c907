import { Button, EmptyState } from '@mantine/core';
import { useAuth } from '../auth/auth.context';
import { usePageTitle } from '../pages/use-page-title';

/** A signed-in account that no cabinet serves, e.g. one whose roles were withdrawn. */
export function NoAccessPage() {
  usePageTitle('Нет доступа');
  const { signOut } = useAuth();
  return (
    <EmptyState>
      <EmptyState.Title order={1}>Нет доступа к кабинетам</EmptyState.Title>
      <EmptyState.Description>
        Вашей учётной записи не назначена роль. Обратитесь в муниципальный опорный центр (МОЦ) вашего муниципалитета.
      </EmptyState.Description>
      <EmptyState.Actions>
        <Button variant="default" onClick={signOut}>
          Выйти
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
