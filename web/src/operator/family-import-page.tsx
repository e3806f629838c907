import { Button, FileInput, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import { IMPORT_FAMILIES, type ImportProblem } from '../api/identity.operations';
import { ErrorAlert } from '../components/error-alert';
import { PageHeader } from '../components/page-header';
import { TableRegion } from '../components/table-region';

const template =
  'Фамилия родителя; Имя родителя; Отчество родителя; E-mail родителя; Логин родителя; Фамилия ребёнка; Имя ребёнка; ' +
  'Отчество ребёнка; Дата рождения ребёнка; Пол ребёнка; Адрес; Посещает школу или детский сад';

/** The lines IMPORT_REJECTED lists in extensions.problems; empty for any other failure. */
function problemsOf(error: unknown): ImportProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) =>
    graphQLError.extensions?.code === 'IMPORT_REJECTED' && Array.isArray(graphQLError.extensions.problems)
      ? (graphQLError.extensions.problems as ImportProblem[])
      : [],
  );
}

function download(sheet: { fileName: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(sheet.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: sheet.contentType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = sheet.fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** «Загрузка семей»: parents and children of the municipality from a CSV file, all or nothing, with their first passwords. */
export function FamilyImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [importFamilies, imported] = useMutation(IMPORT_FAMILIES);
  const problems = problemsOf(imported.error);
  const result = imported.data?.importFamilies;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    imported.reset();
    await importFamilies({ variables: { csv: await file.text() } }).catch(() => undefined);
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Загрузка семей">
        Родители и дети вашего муниципалитета из файла CSV: для каждого родителя создаётся учётная запись с временным паролем.
        Файл загружается целиком или не загружается вовсе.
      </PageHeader>
      <Paper withBorder p="md" maw={640}>
        <form onSubmit={(event) => void submit(event)} aria-label="Загрузить файл" noValidate>
          <Stack gap="sm">
            <Text size="sm">Столбцы файла (разделитель — точка с запятой): {template}.</Text>
            <FileInput
              label="Файл CSV"
              description="В кодировке UTF-8, не более 2 МБ"
              placeholder="Выберите файл"
              accept=".csv,text/csv"
              required
              value={file}
              onChange={setFile}
            />
            <Group>
              <Button type="submit" loading={imported.loading} disabled={!file}>
                Загрузить
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ErrorAlert error={imported.error} />
      {problems.length > 0 && (
        <TableRegion label="Ошибки в файле" minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Строка</Table.Th>
                <Table.Th>Столбец</Table.Th>
                <Table.Th>Ошибка</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((problem, index) => (
                <Table.Tr key={`${problem.line}-${problem.column ?? ''}-${index}`}>
                  <Table.Td>{problem.line === 0 ? 'весь файл' : problem.line}</Table.Td>
                  <Table.Td>{problem.column ?? '—'}</Table.Td>
                  <Table.Td>{problem.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
      {result && (
        <Stack gap="sm">
          <Text role="status">
            Загружено: родителей — {result.accounts.length}, детей — {result.childrenCount}.
          </Text>
          <Group>
            <Button onClick={() => download(result.credentialsSheet)}>Скачать листы с паролями</Button>
          </Group>
          <TableRegion label="Созданные учётные записи" minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Родитель</Table.Th>
                  <Table.Th>Логин</Table.Th>
                  <Table.Th>Временный пароль</Table.Th>
                  <Table.Th>Дети</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.accounts.map((account) => (
                  <Table.Tr key={account.userId}>
                    <Table.Td>{account.displayName}</Table.Td>
                    <Table.Td>{account.login}</Table.Td>
                    <Table.Td ff="monospace">{account.temporaryPassword}</Table.Td>
                    <Table.Td>{account.children.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableRegion>
        </Stack>
      )}
    </Stack>
  );
}
