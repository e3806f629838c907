import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../pages/use-page-title';
import { paths } from '../routes';

export function NotFoundPage() {
  usePageTitle('Страница не найдена');
  return (
    <EmptyState>
      <EmptyState.Title order={1}>Страница не найдена</EmptyState.Title>
      <EmptyState.Description>Возможно, ссылка устарела или в адресе опечатка.</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to={paths.home}>
          На главную
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
