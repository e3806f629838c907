import { Checkbox, Table, Text } from '@mantine/core';
import type { MonthReportLine } from '../api/billing.operations';
import { formatChildName } from '../components/child-name';
import { formatDays, formatKopecks } from '../components/format';
import { TableRegion } from '../components/table-region';

function lineProgram(line: MonthReportLine): string {
  const title = line.program?.title ?? line.programTitle ?? 'Программа';
  const group = line.group;
  return group
    ? `${title}; группа: ${formatDays(group.daysOfWeek)} ${group.startTime}–${group.endTime}, ${group.teacher}`
    : title;
}

/**
 * The attendance sheet: one row per child. Only lines whose month may be charged can be ticked, nothing is
 * ticked in advance, and each row says what it charges the certificate and the family.
 */
export function MonthReportSheet(props: {
  lines: MonthReportLine[];
  selected: readonly string[];
  onToggle: (enrollmentId: string, checked: boolean) => void;
}) {
  return (
    <TableRegion label="Табель за месяц" minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Занимался</Table.Th>
            <Table.Th>Ребёнок</Table.Th>
            <Table.Th>Сертификат</Table.Th>
            <Table.Th>Программа и группа</Table.Th>
            <Table.Th>Оплатит сертификат</Table.Th>
            <Table.Th>Доплата семьи</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.lines.map((line) => {
            const name = formatChildName(line.child);
            return (
              <Table.Tr key={line.enrollmentId}>
                <Table.Td>
                  <Checkbox
                    aria-label={`${name}: занимался в месяце`}
                    checked={line.reported || props.selected.includes(line.enrollmentId)}
                    disabled={line.reported || !line.chargeable}
                    onChange={(event) => props.onToggle(line.enrollmentId, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  {line.reported && (
                    <Text size="xs" c="gray.7">
                      Уже в отчёте за этот месяц
                    </Text>
                  )}
                  {!line.chargeable && line.refusalMessage && (
                    <Text size="xs" c="red.9">
                      Не оплачивается: {line.refusalMessage}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{line.certificateNumber ?? '—'}</Table.Td>
                <Table.Td>{lineProgram(line)}</Table.Td>
                <Table.Td>{line.chargeable ? formatKopecks(line.certificateKopecks) : '—'}</Table.Td>
                <Table.Td>{line.chargeable ? formatKopecks(line.coPaymentKopecks) : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
