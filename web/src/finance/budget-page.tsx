import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { type BudgetForecast, MUNICIPALITY_BUDGET } from '../api/billing.operations';
import { fetchGatewayTable } from '../api/table-exports.operations';
import { useAuth } from '../auth/auth.context';
import { BudgetChart, chargedColor, coPaymentColor, monthLabel, schoolYearMonths } from './budget-chart';
import { ErrorAlert } from '../components/error-alert';
import { formatCount, formatDate, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { TableExportButtons, type TableExportFormat } from '../components/table-export-buttons';
import { TableRegion } from '../components/table-region';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

function Legend({ color, children }: { color: string; children: string }) {
  return (
    <Group gap={6}>
      <Box w={12} h={12} bg={color} aria-hidden />
      <Text size="sm">{children}</Text>
    </Group>
  );
}

/** One sentence on what the pace so far means for 31 August. */
function forecastVerdict(forecast: BudgetForecast): string {
  switch (forecast.status) {
    case 'not_started':
      return 'Учебный год ещё не начался — прогнозировать пока не по чему.';
    case 'no_spending':
      return 'Списаний ещё не было — темпа, по которому можно прогнозировать, пока нет.';
    case 'within_budget':
      return 'При нынешнем темпе бюджета хватит до конца учебного года.';
    case 'runs_out':
      return `При нынешнем темпе бюджет закончится ${formatDate(forecast.runsOutOn ?? '')}.`;
    case 'exhausted':
      return 'Списано уже не меньше бюджета.';
    case 'year_over':
      return 'Учебный год закончился: прогноз равен списанному.';
  }
}

/** «Бюджет»: the municipality's budget and quota for the school year and how much of it is committed, reserved and spent. */
export function BudgetPage() {
  const { state } = useAuth();
  const municipalityCode = state.status === 'signed-in' ? (state.viewer.municipalityCode ?? '') : '';
  const budget = useQuery(MUNICIPALITY_BUDGET, {
    variables: { municipalityCode },
    skip: municipalityCode === '',
    fetchPolicy: 'cache-and-network',
  });
  const data = budget.data?.municipalityBudget;
  const exportMonths = (format: TableExportFormat) => fetchGatewayTable('budget-months', { municipalityCode }, format);

  return (
    <Stack gap="lg">
      <PageHeader title="Бюджет">
        Бюджет и квота сертификатов муниципалитета на учебный год, обязательства по открытым сертификатам и списания за оказанные
        услуги.
      </PageHeader>
      <ErrorAlert error={budget.error} />
      {budget.loading && !data && <Loading />}
      {data && (
        <>
          <Text>Учебный год с {formatDate(data.periodStart)}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Figure label="Бюджет" value={formatKopecks(data.budgetKopecks)} />
            <Figure
              label="Сертификатов финансирования"
              value={`${formatCount(data.financedCertificates)} из ${formatCount(data.quota)}`}
            />
            <Figure label="Обязательства по сертификатам" value={formatKopecks(data.committedKopecks)} />
            <Figure label="Зарезервировано под заявки и договоры" value={formatKopecks(data.reservedKopecks)} />
            <Figure label="Списано за оказанные услуги" value={formatKopecks(data.chargedKopecks)} />
            <Figure label="Не распределено по сертификатам" value={formatKopecks(data.budgetKopecks - data.committedKopecks)} />
          </SimpleGrid>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Прогноз до конца учебного года
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <Figure label="Списывается в среднем за день" value={formatKopecks(data.forecast.paceKopecksPerDay)} />
              <Figure label="Будет списано к 31 августа" value={formatKopecks(data.forecast.forecastKopecks)} />
              <Figure
                label="Бюджет закончится"
                value={
                  data.forecast.runsOutOn
                    ? formatDate(data.forecast.runsOutOn)
                    : data.forecast.status === 'exhausted'
                      ? 'уже'
                      : 'не раньше конца года'
                }
              />
            </SimpleGrid>
            <Text>
              {forecastVerdict(data.forecast)} Прошло {data.forecast.daysElapsed} из {data.forecast.daysInYear} дней учебного
              года.
            </Text>
          </Stack>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Списания по месяцам
            </Title>
            {data.byMonth.length === 0 ? (
              <Text>Списаний в этом учебном году ещё не было.</Text>
            ) : (
              <>
                <BudgetChart months={schoolYearMonths(data.periodStart, data.byMonth)} />
                <Group gap="lg">
                  <Legend color={chargedColor}>оплачено сертификатами</Legend>
                  <Legend color={coPaymentColor}>доплаты родителей</Legend>
                </Group>
                <TableRegion label="Списания по месяцам" minWidth={560}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Месяц</Table.Th>
                        <Table.Th>Оплачено сертификатами</Table.Th>
                        <Table.Th>Доплаты родителей</Table.Th>
                        <Table.Th>Оплаченных месяцев обучения</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.byMonth.map((month) => (
                        <Table.Tr key={month.month}>
                          <Table.Td>{monthLabel(month.month)}</Table.Td>
                          <Table.Td>{formatKopecks(month.chargedKopecks)}</Table.Td>
                          <Table.Td>{formatKopecks(month.coPaymentKopecks)}</Table.Td>
                          <Table.Td>{month.charges}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableRegion>
                <TableExportButtons label="списания по месяцам" fetchFile={exportMonths} />
              </>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
