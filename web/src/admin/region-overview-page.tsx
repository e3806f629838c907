import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { directionOptions, registryLabels } from '../api/navigator.operations';
import { type MunicipalityMoneyOverview, type MunicipalityProgramOverview, REGION_OVERVIEW } from '../api/overview.operations';
import { fetchGatewayTable } from '../api/table-exports.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatCount, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';
import { OverviewChart } from '../components/overview-chart';
import { PageHeader } from '../components/page-header';
import { TableExportButtons, type TableExportFormat } from '../components/table-export-buttons';
import { TableRegion } from '../components/table-region';

const registries = ['certified', 'significant', 'pre_professional', 'other'] as const;
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part * 1000) / whole) / 10} %`);

const noMoney = (municipalityCode: string): MunicipalityMoneyOverview => ({
  municipalityCode,
  budgetKopecks: 0,
  quota: 0,
  financedCertificates: 0,
  enrolledFinancedCertificates: 0,
  reservedKopecks: 0,
  chargedKopecks: 0,
});
const noPrograms = (municipalityCode: string): MunicipalityProgramOverview => ({
  municipalityCode,
  programs: 0,
  byDirection: [],
  byRegistry: [],
  seats: 0,
  seatsTaken: 0,
});

// Both tables download as one file: the gateway joins the three services' answers as this page does.
const exportRegion = (format: TableExportFormat) => fetchGatewayTable('region-overview', {}, format);

/** «Обзор региона»: the 34 municipalities side by side, from certificates, billing and the navigator. */
export function RegionOverviewPage() {
  const overview = useQuery(REGION_OVERVIEW, { fetchPolicy: 'cache-and-network' });
  const data = overview.data;
  const rows = (data?.regionCertificateOverview ?? []).map((certificates) => {
    const code = certificates.municipalityCode;
    return {
      name: certificates.municipalityName,
      certificates,
      money: data?.regionMoneyOverview.find((m) => m.municipalityCode === code) ?? noMoney(code),
      programs: data?.regionProgramOverview.find((p) => p.municipalityCode === code) ?? noPrograms(code),
    };
  });

  return (
    <Stack gap="lg">
      <PageHeader title="Обзор региона">
        Все муниципалитеты Кузбасса рядом: доля активированных сертификатов, сертификаты финансирования в использовании, деньги,
        программы и места.
      </PageHeader>
      <ErrorAlert error={overview.error} />
      {overview.loading && !data && <Loading />}
      {data && (
        <>
          <Stack gap={4}>
            <Text size="sm">
              Обе таблицы страницы одним файлом: сертификаты, деньги, программы и места по каждому муниципалитету.
            </Text>
            <TableExportButtons label="обзор региона" fetchFile={exportRegion} />
          </Stack>

          <Stack gap="sm">
            <Title order={2} size="h4">
              Сертификаты и деньги
            </Title>
            <Text size="sm">Доля активированных среди выданных сертификатов, по муниципалитетам, %:</Text>
            <OverviewChart
              data={rows.map((row) => ({ municipality: row.name, activatedPercent: row.certificates.activatedPercent }))}
              dataKey="municipality"
              height={320}
              series={[{ name: 'activatedPercent', label: 'активировано, %', color: 'teal.7' }]}
            />
            <TableRegion label="Сертификаты и деньги по муниципалитетам" minWidth={1000}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Муниципалитет</Table.Th>
                    <Table.Th>Выдано</Table.Th>
                    <Table.Th>Активировано</Table.Th>
                    <Table.Th>Ждут активации</Table.Th>
                    <Table.Th>Финансирования: открыто из квоты</Table.Th>
                    <Table.Th>Используются (зачислены)</Table.Th>
                    <Table.Th>Зарезервировано</Table.Th>
                    <Table.Th>Списано</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ name, certificates, money }) => (
                    <Table.Tr key={certificates.municipalityCode}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>{certificates.issued}</Table.Td>
                      <Table.Td>
                        {certificates.activated} ({certificates.activatedPercent} %)
                      </Table.Td>
                      <Table.Td>{certificates.waiting}</Table.Td>
                      <Table.Td>
                        {formatCount(money.financedCertificates)} из {formatCount(money.quota)}
                      </Table.Td>
                      <Table.Td>
                        {money.enrolledFinancedCertificates} (
                        {percent(money.enrolledFinancedCertificates, money.financedCertificates)})
                      </Table.Td>
                      <Table.Td>{formatKopecks(money.reservedKopecks)}</Table.Td>
                      <Table.Td>{formatKopecks(money.chargedKopecks)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
          </Stack>

          <Stack gap="sm">
            <Title order={2} size="h4">
              Программы и места
            </Title>
            <Text size="sm">Опубликованные программы по направленностям:</Text>
            <OverviewChart
              data={rows.map((row) => ({
                municipality: row.name,
                ...Object.fromEntries(
                  directionOptions.map(({ value }) => [
                    value,
                    row.programs.byDirection.find((d) => d.direction === value)?.programs ?? 0,
                  ]),
                ),
              }))}
              dataKey="municipality"
              stacked
              height={320}
              series={directionOptions.map(({ value, label }, index) => ({
                name: value,
                label,
                color: ['blue.6', 'teal.7', 'orange.7', 'grape.6', 'lime.8', 'red.7'][index] ?? 'gray.6',
              }))}
            />
            <TableRegion label="Программы и места по муниципалитетам" minWidth={1300}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Муниципалитет</Table.Th>
                    <Table.Th>Программ</Table.Th>
                    {directionOptions.map(({ value, label }) => (
                      <Table.Th key={value}>{label}</Table.Th>
                    ))}
                    {registries.map((registry) => (
                      <Table.Th key={registry}>{registryLabels[registry]}</Table.Th>
                    ))}
                    <Table.Th>Мест занято</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ name, certificates, programs }) => (
                    <Table.Tr key={certificates.municipalityCode}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>{programs.programs}</Table.Td>
                      {directionOptions.map(({ value }) => (
                        <Table.Td key={value}>{programs.byDirection.find((d) => d.direction === value)?.programs ?? 0}</Table.Td>
                      ))}
                      {registries.map((registry) => (
                        <Table.Td key={registry}>
                          {programs.byRegistry.find((r) => r.registry === registry)?.programs ?? 0}
                        </Table.Td>
                      ))}
                      <Table.Td>
                        {programs.seatsTaken} из {programs.seats}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
          </Stack>
        </>
      )}
    </Stack>
  );
}
