import { Badge, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  APPROVE_INVOICE,
  MUNICIPALITY_INVOICES,
  RETURN_INVOICE,
  invoiceStatusLabels,
  type Invoice,
} from '../api/billing.operations';
import { INVOICE_DOCUMENT } from '../api/documents.operations';
import { DownloadButton } from './download-button';
import { ErrorAlert } from './error-alert';
import { formatDateTime, formatKopecks } from './format';
import { InvoicePrograms } from './invoice-programs';

function InvoiceReview({ invoice }: { invoice: Invoice }) {
  const [reason, setReason] = useState('');
  const [approve, approval] = useMutation(APPROVE_INVOICE, { refetchQueries: [MUNICIPALITY_INVOICES] });
  const [giveBack, giving] = useMutation(RETURN_INVOICE, { refetchQueries: [MUNICIPALITY_INVOICES] });
  const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  return (
    <Stack gap="sm">
      <ErrorAlert error={approval.error ?? giving.error} />
      <div>
        <Button loading={approval.loading} onClick={() => quietly(approve({ variables: { invoiceId: invoice.id } }))}>
          Принять к оплате
        </Button>
      </div>
      {/* the reason and the button it is for, side by side where there is room, one under the other on a phone */}
      <Group align="end" gap="sm">
        <TextInput
          label="Почему возвращаете"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          flex="1 1 16rem"
          maw={560}
        />
        <Button
          variant="default"
          loading={giving.loading}
          onClick={() => quietly(giveBack({ variables: { invoiceId: invoice.id, reason: reason.trim() } }))}
        >
          Вернуть
        </Button>
      </Group>
    </Stack>
  );
}

/** One monthly invoice: whose it is, its sums by program and the lines behind them, its PDF, and for the paying municipality approve or return. */
export function InvoiceCard({ invoice, reviewable }: { invoice: Invoice; reviewable: boolean }) {
  const client = useApolloClient();
  const pdf = () =>
    client
      .query({ query: INVOICE_DOCUMENT, variables: { invoiceId: invoice.id }, fetchPolicy: 'network-only' })
      .then(({ data }) => data?.invoiceDocument);
  return (
    <Paper withBorder p="md" component="article" aria-label={`Счёт № ${invoice.number}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Счёт № {invoice.number} за {invoice.month.split('-').reverse().join('.')}
          </Title>
          <Badge
            variant={invoice.status === 'approved' ? 'filled' : 'light'}
            color={invoice.status === 'returned' ? 'red' : 'blue'}
          >
            {invoiceStatusLabels[invoice.status] ?? invoice.status}
          </Badge>
        </Group>
        {invoice.provider && <Text fw={500}>{invoice.provider.name}</Text>}
        <List size="sm" spacing={2}>
          <List.Item>
            Зачислений: {invoice.lineCount}, на сумму {formatKopecks(invoice.totalPriceKopecks)}
          </List.Item>
          <List.Item>Оплачивает муниципалитет (сертификаты): {formatKopecks(invoice.certificateTotalKopecks)}</List.Item>
          <List.Item>Доплаты родителей: {formatKopecks(invoice.coPaymentTotalKopecks)}</List.Item>
          {invoice.advanceKopecks > 0 && <List.Item>Зачтён аванс: {formatKopecks(invoice.advanceKopecks)}</List.Item>}
          <List.Item>К оплате муниципалитетом: {formatKopecks(invoice.dueKopecks)}</List.Item>
          <List.Item>Выставлен: {formatDateTime(invoice.issuedAt)}</List.Item>
          {invoice.reviewReason && <List.Item>Причина возврата: {invoice.reviewReason}</List.Item>}
        </List>
        {invoice.programs.length > 0 && <InvoicePrograms invoice={invoice} />}
        <DownloadButton link={pdf} size="xs" aria-label={`Скачать счёт № ${invoice.number}`}>
          Скачать счёт
        </DownloadButton>
        {reviewable && invoice.status === 'issued' && <InvoiceReview invoice={invoice} />}
      </Stack>
    </Paper>
  );
}
