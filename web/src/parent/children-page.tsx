import { Anchor, Badge, Button, EmptyState, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, generatePath } from 'react-router-dom';
import { MY_CHILDREN, childFullName, documentLabel } from '../api/identity.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDate } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

/** «Дети»: the children whose cards the parent keeps, with their documents. */
export function ChildrenPage() {
  const { data, loading, error } = useQuery(MY_CHILDREN, { fetchPolicy: 'cache-and-network' });
  const children = data?.myChildren ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title="Дети">Дети, законным представителем которых вы являетесь, и их документы.</PageHeader>
      <div>
        <Button component={Link} to={paths.newChild}>
          Добавить ребёнка
        </Button>
      </div>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && children.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Здесь появятся ваши дети"
            description="Для каждого ребёнка понадобится свидетельство о рождении, а с 14 лет — паспорт."
          />
        </Paper>
      )}
      {children.map((child) => (
        <Paper key={child.id} withBorder p="md" component="article" aria-labelledby={`child-${child.id}`}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4" id={`child-${child.id}`}>
                {childFullName(child)}
              </Title>
              {child.certificate && <Badge variant="light">Сертификат {child.certificate.number}</Badge>}
            </Group>
            <Text size="sm">
              Дата рождения: {formatDate(child.birthDate)} · {child.address}
            </Text>
            {child.documents.length === 0 ? (
              <Text size="sm">Документов пока нет.</Text>
            ) : (
              <List size="sm">
                {child.documents.map((document) => (
                  <List.Item key={document.id}>
                    {documentLabel(document)}, выдан {formatDate(document.issuedOn)}
                  </List.Item>
                ))}
              </List>
            )}
            <Group gap="sm">
              <Anchor
                component={Link}
                to={generatePath(paths.editChild, { childId: child.id })}
                aria-label={`Изменить: ${childFullName(child)}`}
              >
                Изменить
              </Anchor>
              <Anchor
                component={Link}
                to={generatePath(paths.newDocument, { childId: child.id })}
                aria-label={`Предоставить документ: ${childFullName(child)}`}
              >
                Предоставить документ
              </Anchor>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
