import { EmptyState, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { NORMATIVES, NORMATIVE_HISTORY } from '../api/billing.operations';
import { fetchGatewayTable } from '../api/table-exports.operations';
import { useAuth } from '../auth/auth.context';
import { ErrorAlert } from '../components/error-alert';
import { formatCount, formatDate, formatDateTime, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { NormativeForm } from './normative-form';
import { PageHeader } from '../components/page-header';
import { TableExportButtons, type TableExportFormat } from '../components/table-export-buttons';
import { TableRegion } from '../components/table-region';

const change = (before: string | null, after: string) => (before === null || before === after ? after : `${before} → ${after}`);

/** «Нормативы»: the finance officer's normatives, quota and budget per certificate group and school year, with history. */
export function NormativesPage() {
  const { state } = useAuth();
  const municipalityCode = state.status === 'signed-in' ? (state.viewer.municipalityCode ?? '') : '';
  const normatives = useQuery(NORMATIVES, { variables: { municipalityCode }, skip: municipalityCode === '' });
  const history = useQuery(NORMATIVE_HISTORY, { variables: { municipalityCode }, skip: municipalityCode === '' });
  const list = normatives.data?.normatives ?? [];
  const versions = history.data?.normativeHistory ?? [];
  const exportNormatives = (format: TableExportFormat) => fetchGatewayTable('normatives', { municipalityCode }, format);
  const exportHistory = (format: TableExportFormat) => fetchGatewayTable('normative-history', { municipalityCode }, format);

  return (
    <Stack gap="lg">
      <PageHeader title="Нормативы">
        Норматив на сертификат, число финансируемых сертификатов и бюджет муниципалитета на учебный год (с 1 сентября по 31
        августа).
      </PageHeader>
      <ErrorAlert error={normatives.error ?? history.error} />
      {normatives.loading && <Loading />}
      {normatives.data && list.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Нормативы ещё не заданы"
            description="Пока норматива нет, сертификаты остаются сертификатами учёта, без средств."
          />
        </Paper>
      )}
      {list.length > 0 && (
        <Stack gap="sm">
          <TableRegion label="Действующие нормативы" minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Группа сертификата</Table.Th>
                  <Table.Th>Учебный год с</Table.Th>
                  <Table.Th>Норматив в год</Table.Th>
                  <Table.Th>Сертификатов</Table.Th>
                  <Table.Th>Бюджет</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((normative) => (
                  <Table.Tr key={normative.id}>
                    <Table.Td>{normative.groupName}</Table.Td>
                    <Table.Td>{formatDate(normative.periodStart)}</Table.Td>
                    <Table.Td>{formatKopecks(normative.amountKopecks)}</Table.Td>
                    <Table.Td>{formatCount(normative.quota)}</Table.Td>
                    <Table.Td>{formatKopecks(normative.budgetKopecks)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableRegion>
          <TableExportButtons label="действующие нормативы" fetchFile={exportNormatives} />
        </Stack>
      )}
      {municipalityCode !== '' && (
        <Paper withBorder p="md" component="section" aria-labelledby="normative-form-title">
          <Title order={2} size="h4" id="normative-form-title" mb="sm">
            Установить норматив
          </Title>
          <NormativeForm municipalityCode={municipalityCode} />
        </Paper>
      )}
      <Title order={2} size="h4">
        История изменений
      </Title>
      {history.data && versions.length === 0 && <Text>Изменений ещё не было.</Text>}
      {versions.length > 0 && (
        <Stack gap="sm">
          <TableRegion label="История изменений нормативов" minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Когда</Table.Th>
                  <Table.Th>Группа, учебный год</Table.Th>
                  <Table.Th>Действует с</Table.Th>
                  <Table.Th>Норматив</Table.Th>
                  <Table.Th>Сертификатов</Table.Th>
                  <Table.Th>Бюджет</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((version) => (
                  <Table.Tr key={version.id}>
                    <Table.Td>{formatDateTime(version.changedAt)}</Table.Td>
                    <Table.Td>
                      {version.groupName}, с {formatDate(version.periodStart)}
                    </Table.Td>
                    <Table.Td>{formatDate(version.effectiveFrom)}</Table.Td>
                    <Table.Td>
                      {change(
                        version.oldAmountKopecks === null ? null : formatKopecks(version.oldAmountKopecks),
                        formatKopecks(version.newAmountKopecks),
                      )}
                    </Table.Td>
                    <Table.Td>
                      {change(version.oldQuota === null ? null : String(version.oldQuota), String(version.newQuota))}
                    </Table.Td>
                    <Table.Td>
                      {change(
                        version.oldBudgetKopecks === null ? null : formatKopecks(version.oldBudgetKopecks),
                        formatKopecks(version.newBudgetKopecks),
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableRegion>
          <TableExportButtons label="историю изменений нормативов" fetchFile={exportHistory} />
        </Stack>
      )}
    </Stack>
  );
}
