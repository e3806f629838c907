import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { SUPPORT_CENTRE_OVERVIEW } from '../api/overview.operations';
import { fetchGatewayTable } from '../api/table-exports.operations';
import { useAuth } from '../auth/auth.context';
import { ErrorAlert } from '../components/error-alert';
import { formatCount, formatDate } from '../components/format';
import { Loading } from '../components/loading';
import { OverviewChart } from '../components/overview-chart';
import { PageHeader } from '../components/page-header';
import { TableExportButtons, type TableExportFormat } from '../components/table-export-buttons';
import { TableRegion } from '../components/table-region';

const DAYS = 30;
const percent = (part: number, whole: number) => (whole === 0 ? '0 %' : `${Math.round((part * 1000) / whole) / 10} %`);
const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`;

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      {note && <Text size="sm">{note}</Text>}
    </Paper>
  );
}

/** «Обзор»: the МОЦ's landing page — applications per day, certificates issued and activated, the queue, by group. */
export function SupportCentreOverviewPage() {
  const { state } = useAuth();
  const municipalityCode = state.status === 'signed-in' ? (state.viewer.municipalityCode ?? '') : '';
  const overview = useQuery(SUPPORT_CENTRE_OVERVIEW, {
    variables: { municipalityCode, days: DAYS },
    skip: municipalityCode === '',
    fetchPolicy: 'cache-and-network',
  });
  const data = overview.data?.supportCentreOverview;
  const budget = overview.data?.municipalityBudget;
  const exportDays = (format: TableExportFormat) =>
    fetchGatewayTable('support-centre-days', { municipalityCode, days: DAYS }, format);
  const exportGroups = (format: TableExportFormat) =>
    fetchGatewayTable('support-centre-groups', { municipalityCode, days: DAYS }, format);

  return (
    <Stack gap="lg">
      <PageHeader title="Обзор">
        Заявки и сертификаты муниципалитета: сколько подано и активировано, сколько ждёт активации и как давно, по группам
        сертификатов.
      </PageHeader>
      <ErrorAlert error={overview.error} />
      {overview.loading && !data && <Loading />}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Figure
              label="Ждут активации"
              value={String(data.total.waiting)}
              note={
                data.total.oldestWaitingSince
                  ? `самый давний — с ${formatDate(data.total.oldestWaitingSince)}, ${data.total.oldestWaitingDays ?? 0} дн.`
                  : 'очередь пуста'
              }
            />
            <Figure label="Выдано сертификатов" value={String(data.total.issued)} />
            <Figure
              label="Активировано"
              value={String(data.total.activated)}
              note={`${percent(data.total.activated, data.total.issued)} выданных`}
            />
            <Figure label="Сертификатов финансирования" value={String(data.total.financing)} />
            <Figure label="Сертификатов учёта" value={String(data.total.accounting)} />
            {budget && (
              <Figure
                label="Квота использована"
                value={`${formatCount(budget.financedCertificates)} из ${formatCount(budget.quota)}`}
                note={percent(budget.financedCertificates, budget.quota)}
              />
            )}
          </SimpleGrid>

          <Stack gap="sm">
            <Title order={2} size="h4">
              По дням за {DAYS} дней
            </Title>
            <OverviewChart
              data={data.days.map((d) => ({
                day: shortDay(d.day),
                applications: d.applications,
                issued: d.issued,
                activated: d.activated,
              }))}
              dataKey="day"
              series={[
                { name: 'applications', label: 'заявок', color: 'blue.6' },
                { name: 'issued', label: 'выдано', color: 'teal.7' },
                { name: 'activated', label: 'активировано', color: 'orange.7' },
              ]}
            />
            <TableRegion label="Заявки и сертификаты по дням" minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>День</Table.Th>
                    <Table.Th>Заявок</Table.Th>
                    <Table.Th>Выдано</Table.Th>
                    <Table.Th>Активировано</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...data.days].reverse().map((d) => (
                    <Table.Tr key={d.day}>
                      <Table.Td>{formatDate(d.day)}</Table.Td>
                      <Table.Td>{d.applications}</Table.Td>
                      <Table.Td>{d.issued}</Table.Td>
                      <Table.Td>{d.activated}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
            <TableExportButtons label="заявки и сертификаты по дням" fetchFile={exportDays} />
          </Stack>

          <Stack gap="sm">
            <Title order={2} size="h4">
              По группам сертификатов
            </Title>
            <OverviewChart
              data={data.groups.map((g) => ({ group: g.groupName, activated: g.activated, waiting: g.waiting }))}
              dataKey="group"
              stacked
              series={[
                { name: 'activated', label: 'активировано', color: 'teal.7' },
                { name: 'waiting', label: 'ждут активации', color: 'orange.7' },
              ]}
            />
            <TableRegion label="Сертификаты по группам" minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Группа</Table.Th>
                    <Table.Th>Выдано</Table.Th>
                    <Table.Th>Активировано</Table.Th>
                    <Table.Th>Ждут активации</Table.Th>
                    <Table.Th>Ждёт дольше всех, дн.</Table.Th>
                    <Table.Th>Финансирования</Table.Th>
                    <Table.Th>Учёта</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...data.groups, data.total].map((g) => (
                    <Table.Tr key={g.groupId ?? 'total'} fw={g.groupId === null ? 700 : undefined}>
                      <Table.Td>{g.groupName}</Table.Td>
                      <Table.Td>{g.issued}</Table.Td>
                      <Table.Td>{g.activated}</Table.Td>
                      <Table.Td>{g.waiting}</Table.Td>
                      <Table.Td>{g.oldestWaitingDays ?? '—'}</Table.Td>
                      <Table.Td>{g.financing}</Table.Td>
                      <Table.Td>{g.accounting}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
            <TableExportButtons label="сертификаты по группам" fetchFile={exportGroups} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
