import { EmptyState, NativeSelect, Paper, Stack } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MUNICIPALITY_INVOICES, MUNICIPALITY_INVOICES_EXPORT } from '../api/billing.operations';
import { useAuth } from '../auth/auth.context';
import { hasAnyRole } from '../auth/viewer';
import { ErrorAlert } from '../components/error-alert';
import { InvoiceCard } from '../components/invoice-card';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { TableExportButtons } from '../components/table-export-buttons';

const statuses = [
  { value: 'issued', label: 'Ждут утверждения' },
  { value: 'approved', label: 'Приняты к оплате' },
  { value: 'returned', label: 'Возвращены' },
  { value: 'all', label: 'Все' },
];

/** «Счета»: providers' monthly invoices to the municipality, approved for payment or returned. */
export function InvoicesPage() {
  const { state } = useAuth();
  const municipalityCode = state.status === 'signed-in' ? (state.viewer.municipalityCode ?? '') : '';
  // only the municipality's finance officer approves or returns; the МОЦ operator reads
  const reviewer = state.status === 'signed-in' && hasAnyRole(state.viewer, ['finance_officer']);
  const [status, setStatus] = useState('issued');
  const { data, loading, error } = useQuery(MUNICIPALITY_INVOICES, {
    variables: { municipalityCode, status },
    skip: municipalityCode === '',
    fetchPolicy: 'cache-and-network',
  });
  const invoices = data?.municipalityInvoices ?? [];
  const client = useApolloClient();
  const exportFile = async (format: string) => {
    const result = await client.query({
      query: MUNICIPALITY_INVOICES_EXPORT,
      variables: { municipalityCode, status, format },
      fetchPolicy: 'no-cache',
    });
    return result.data?.municipalityInvoicesExport;
  };
  return (
    <Stack gap="lg">
      <PageHeader title="Счета">Счета организаций за оказанные услуги: проверка и утверждение к оплате.</PageHeader>
      <NativeSelect
        label="Показать"
        maw={260}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value)}
        data={statuses}
      />
      {invoices.length > 0 && <TableExportButtons label="счета" fetchFile={exportFile} />}
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && invoices.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Счетов нет"
            description="Счета выставляются раз в месяц по отчётам организаций о проведённых занятиях."
          />
        </Paper>
      )}
      {invoices.map((invoice) => (
        <InvoiceCard key={invoice.id} invoice={invoice} reviewable={reviewer} />
      ))}
    </Stack>
  );
}
