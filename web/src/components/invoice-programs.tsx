import { Button, Table, Text } from '@mantine/core';
import { useLazyQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { INVOICE_LINES, type Invoice, type InvoiceProgramTotal } from '../api/billing.operations';
import { formatChildName } from './child-name';
import { ErrorAlert } from './error-alert';
import { formatKopecks } from './format';
import { TableRegion, stickyCell } from './table-region';

const titleOf = (total: Pick<InvoiceProgramTotal, 'program' | 'programTitle'>) =>
  total.program?.title ?? total.programTitle ?? 'Программа без названия';

/** The invoice by program: children, months and money, each sum opening the lines behind it. */
export function InvoicePrograms({ invoice }: { invoice: Invoice }) {
  const [open, setOpen] = useState<string | null>(null);
  const [loadLines, lines] = useLazyQuery(INVOICE_LINES, { fetchPolicy: 'cache-first' });
  const keyOf = (total: InvoiceProgramTotal) => total.program?.id ?? total.programTitle ?? '';

  function toggle(total: InvoiceProgramTotal) {
    const key = keyOf(total);
    setOpen(open === key ? null : key);
    if (!lines.called) void loadLines({ variables: { invoiceId: invoice.id } }).catch(() => undefined);
  }

  return (
    <>
      <TableRegion label={`Счёт № ${invoice.number} по программам`} minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={stickyCell}>Программа</Table.Th>
              <Table.Th>Детей</Table.Th>
              <Table.Th>Стоимость</Table.Th>
              <Table.Th>Оплачивает муниципалитет</Table.Th>
              <Table.Th>Доплаты родителей</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.programs.map((total) => {
              const key = keyOf(total);
              const title = titleOf(total);
              const behind = (lines.data?.invoiceLines ?? []).filter(
                (line) => (line.program?.id ?? line.programTitle ?? '') === key,
              );
              return (
                <Fragment key={key}>
                  <Table.Tr>
                    <Table.Td style={stickyCell}>{title}</Table.Td>
                    <Table.Td>{total.childCount}</Table.Td>
                    <Table.Td>{formatKopecks(total.totalPriceKopecks)}</Table.Td>
                    <Table.Td>
                      <Button
                        variant="default"
                        size="compact-sm"
                        aria-expanded={open === key}
                        aria-label={`${title}: строки счёта на ${formatKopecks(total.certificateTotalKopecks)}`}
                        onClick={() => toggle(total)}
                      >
                        {formatKopecks(total.certificateTotalKopecks)}
                      </Button>
                    </Table.Td>
                    <Table.Td>{formatKopecks(total.coPaymentTotalKopecks)}</Table.Td>
                  </Table.Tr>
                  {open === key &&
                    behind.map((line) => (
                      <Table.Tr key={line.enrollmentId} bg="gray.0">
                        <Table.Td pl="xl" style={{ ...stickyCell, background: 'var(--mantine-color-gray-0)' }}>
                          <Text size="sm">
                            Сертификат {line.certificateNumber ?? '—'}
                            {line.child && `, ${formatChildName(line.child)}`}
                          </Text>
                        </Table.Td>
                        <Table.Td />
                        <Table.Td>{formatKopecks(line.priceKopecks)}</Table.Td>
                        <Table.Td>{formatKopecks(line.certificateKopecks)}</Table.Td>
                        <Table.Td>{formatKopecks(line.coPaymentKopecks)}</Table.Td>
                      </Table.Tr>
                    ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableRegion>
      <ErrorAlert error={lines.error} />
    </>
  );
}
