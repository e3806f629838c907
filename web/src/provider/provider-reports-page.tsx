import { Button, EmptyState, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { MONTH_REPORT_SHEET, PROVIDER_INVOICES, REPORT_MONTH } from '../api/billing.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatKopecks } from '../components/format';
import { InvoiceCard } from '../components/invoice-card';
import { Loading } from '../components/loading';
import { MonthReportSheet } from './month-report-sheet';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';

const monthNames = 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' ');

/** The months a report may be sent for: this one (it has begun) and the eleven before it; the future is not offered. */
function reportableMonths(today = new Date()): { value: string; label: string }[] {
  return Array.from({ length: 12 }, (_, back) => {
    const month = new Date(today.getFullYear(), today.getMonth() - back, 1);
    const value = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
    return { value, label: `${monthNames[month.getMonth()]} ${month.getFullYear()}` };
  });
}

/** «Отчёт и счета»: the attendance sheet of the month; billing then charges and issues the invoices. */
export function ProviderReportsPage() {
  const months = reportableMonths();
  const [month, setMonth] = useState(months[1]!.value);
  const [selected, setSelected] = useState<string[]>([]);
  const sheet = useQuery(MONTH_REPORT_SHEET, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const invoices = useQuery(PROVIDER_INVOICES, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const [report, reported] = useMutation(REPORT_MONTH, { refetchQueries: [PROVIDER_INVOICES, MONTH_REPORT_SHEET] });
  const lines = sheet.data?.monthReportSheet ?? [];
  const chosen = lines.filter((line) => selected.includes(line.enrollmentId));
  const certificateTotal = chosen.reduce((sum, line) => sum + line.certificateKopecks, 0);
  const coPaymentTotal = chosen.reduce((sum, line) => sum + line.coPaymentKopecks, 0);

  function chooseMonth(value: string) {
    setMonth(value);
    setSelected([]);
  }

  function toggle(enrollmentId: string, checked: boolean) {
    setSelected((current) => (checked ? [...current, enrollmentId] : current.filter((id) => id !== enrollmentId)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void report({ variables: { input: { month, enrollmentIds: selected } } })
      .then(() => setSelected([]))
      .catch(() => undefined);
  }

  const summary = reported.data?.reportMonth;
  return (
    <Stack gap="lg">
      <PageHeader title="Отчёт и счета">
        Отметьте, кто из зачисленных детей занимался в месяце. По отчёту начисляется оплата сертификатами и доплаты родителей и
        выставляются счета муниципалитетам; повторный отчёт за тот же месяц ничего не меняет.
      </PageHeader>
      <Paper withBorder p="md" component="section" aria-labelledby="report-title">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="report-title">
              Отчёт за месяц
            </Title>
            <NativeSelect
              label="Месяц"
              maw={220}
              value={month}
              onChange={(event) => chooseMonth(event.currentTarget.value)}
              data={months}
            />
            {sheet.loading && !sheet.data && <Loading />}
            {sheet.data && lines.length === 0 && <Text>В этом месяце у организации нет зачисленных детей.</Text>}
            {lines.length > 0 && <MonthReportSheet lines={lines} selected={selected} onToggle={toggle} />}
            {chosen.length > 0 && (
              <Notice title="Перед отправкой">
                Отмечено детей: {chosen.length}. С сертификатов будет списано {formatKopecks(certificateTotal)}, доплаты семей —{' '}
                {formatKopecks(coPaymentTotal)}.
              </Notice>
            )}
            <ErrorAlert error={reported.error ?? sheet.error} />
            {summary && (
              <Notice title="Отчёт принят">
                Начислено месяцев обучения: {summary.charges}, выставлено счетов: {summary.invoices}, уведомлений о доплате:{' '}
                {summary.coPaymentNotices}.
              </Notice>
            )}
            <div>
              <Button type="submit" loading={reported.loading} disabled={selected.length === 0}>
                Отправить отчёт
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
      <Title order={2} size="h4">
        Счета за месяц
      </Title>
      <ErrorAlert error={invoices.error} />
      {invoices.data && invoices.data.providerInvoices.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Счетов пока нет"
            description="Счёт выставляется по отчёту за месяц, отдельно для каждого муниципалитета."
          />
        </Paper>
      )}
      {invoices.data?.providerInvoices.map((invoice) => (
        <InvoiceCard key={invoice.id} invoice={invoice} reviewable={false} />
      ))}
    </Stack>
  );
}
