import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { usePageTitle } from './use-page-title';

export function PasswordRecoveryPage() {
  usePageTitle('Восстановление пароля');
  return (
    <Stack maw={720} gap="md">
      <Title order={1}>Восстановление пароля</Title>
      <Text>Новый пароль выдают там же, где выдали логин:</Text>
      <List spacing="sm">
        <List.Item>
          обучающимся и родителям — школа или детский сад: обратитесь к классному руководителю или в администрацию;
        </List.Item>
        <List.Item>
          если ребёнок не посещает школу или детский сад — муниципальный опорный центр (МОЦ) по месту проживания;
        </List.Item>
        <List.Item>сотрудникам организаций дополнительного образования и органов власти — МОЦ вашего муниципалитета.</List.Item>
      </List>
      <Text>
        Список МОЦ размещён в группе{' '}
        <Anchor href="https://vk.com/rmc42" target="_blank" rel="noreferrer">
          vk.com/rmc42
        </Anchor>{' '}
        (в разделе «Документы»).
      </Text>
      <div>
        <Button component={Link} to="/" variant="default">
          Вернуться ко входу
        </Button>
      </div>
    </Stack>
  );
}
