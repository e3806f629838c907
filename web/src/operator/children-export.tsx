import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { EXPORT_CHILDREN_LINK } from '../api/identity.operations';
import { TableExportButtons, type TableExportFormat } from '../components/table-export-buttons';
import { AccessReasonInput } from './access-reason-input';

/**
 * «Выгрузка реестра детей» of the operator's municipality: personal data, so the operator states why, and the
 * export is written to the access journal.
 */
const USUAL_EXPORT_REASONS = ['Отчёт в управление образования', 'Сверка с образовательными организациями'];

export function ChildrenExport() {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [exportChildrenLink] = useMutation(EXPORT_CHILDREN_LINK);

  async function fetchFile(format: TableExportFormat) {
    if (reason.trim() === '') {
      setMissing(true);
      return undefined;
    }
    const { data } = await exportChildrenLink({ variables: { format, reason: reason.trim() } });
    return data?.exportChildrenLink;
  }

  return (
    <Paper withBorder p="md" maw={560}>
      <Stack gap="sm" role="group" aria-labelledby="children-export">
        <Title order={2} size="h4" id="children-export">
          Выгрузка реестра детей
        </Title>
        <Text size="sm" c="dimmed">
          Все дети вашего муниципалитета: ФИО, дата рождения, документ, родители. Выгрузка содержит персональные данные и
          записывается в журнал доступа.
        </Text>
        <AccessReasonInput value={reason} onChange={setReason} missing={missing} usualReasons={USUAL_EXPORT_REASONS} />
        <TableExportButtons label="реестр детей" fetchFile={fetchFile} />
      </Stack>
    </Paper>
  );
}
