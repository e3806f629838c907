import { Button, Checkbox, EmptyState, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { PROVIDER_INVOICES, REPORT_MONTH } from '../api/billing.operations';
import { PROVIDER_ENROLLMENTS } from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime } from '../components/format';
import { InvoiceCard } from '../components/invoice-card';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';

function previousMonth(today = new Date()): string {
  const month = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}

/** «Отчёт и счета»: which enrolments ran in the month; billing then charges and issues the invoices. */
export function ProviderReportsPage() {
  const enrollments = useQuery(PROVIDER_ENROLLMENTS, { variables: { status: 'accepted' }, fetchPolicy: 'cache-and-network' });
  const [month, setMonth] = useState(previousMonth);
  const invoices = useQuery(PROVIDER_INVOICES, {
    variables: { month },
    skip: !/^\d{4}-\d{2}$/.test(month),
    fetchPolicy: 'cache-and-network',
  });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [report, reported] = useMutation(REPORT_MONTH, { refetchQueries: [PROVIDER_INVOICES] });
  const accepted = enrollments.data?.providerEnrollments ?? [];
  const selected = chosen ?? accepted.map((enrollment) => enrollment.id);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void report({ variables: { input: { month, enrollmentIds: selected } } }).catch(() => undefined);
  }

  const summary = reported.data?.reportMonth;
  return (
    <Stack gap="lg">
      <PageHeader title="Отчёт и счета">
        Отметьте, кто из зачисленных детей занимался в месяце. По отчёту начисляется оплата сертификатами и доплаты родителей и
        выставляются счета муниципалитетам; повторный отчёт за тот же месяц ничего не меняет.
      </PageHeader>
      <Paper withBorder p="md" component="section" aria-labelledby="report-title">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="report-title">
              Отчёт за месяц
            </Title>
            <TextInput
              label="Месяц"
              type="month"
              required
              maw={220}
              value={month}
              onChange={(e) => setMonth(e.currentTarget.value)}
            />
            {enrollments.loading && !enrollments.data && <Loading />}
            {enrollments.data && accepted.length === 0 && <Text>Зачисленных детей пока нет.</Text>}
            {accepted.length > 0 && (
              <Checkbox.Group label="Занимались в месяце" value={selected} onChange={setChosen}>
                <Stack gap="xs" mt="xs">
                  {accepted.map((enrollment) => (
                    <Checkbox
                      key={enrollment.id}
                      value={enrollment.id}
                      label={`${enrollment.program?.title ?? 'Программа'}, заявка от ${formatDateTime(enrollment.requestedAt)}`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <ErrorAlert error={reported.error ?? enrollments.error} />
            {summary && (
              <Notice title="Отчёт принят">
                Начислено месяцев обучения: {summary.charges}, выставлено счетов: {summary.invoices}, уведомлений о доплате:{' '}
                {summary.coPaymentNotices}.
              </Notice>
            )}
            <div>
              <Button type="submit" loading={reported.loading}>
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
