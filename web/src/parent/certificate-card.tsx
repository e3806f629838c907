import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { childFullName, documentLabel, type Child } from '../api/identity.operations';
import { CertificateBalance } from './certificate-balance';
import { CertificateDownloads } from './certificate-downloads';
import { formatDateTime } from '../components/format';

const statusColors: Record<CardCertificate['status'], string> = {
  inactive: 'gray',
  active: 'blue',
  suspended: 'grape',
  terminated: 'red',
};

/** The certificate as the seed's step 13 shows it, with the balance and the printed forms. */
// ChildFields does not ask for the pending move, so the card shows it only when a caller passes one.
type CardCertificate = NonNullable<Child['certificate']>;

export function CertificateCard({ certificate, child }: { certificate: CardCertificate; child: Child }) {
  const document = child.documents.find((d) => d.id === certificate.documentId);
  const rows: [string, string][] = [
    ['Муниципалитет', certificate.municipality.name],
    ['Документ', document ? documentLabel(document) : '—'],
    ['Статус', certificate.statusLabel],
    ['Группа сертификата', certificate.groupName],
    ['Дата создания', formatDateTime(certificate.createdAt)],
  ];
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`certificate-${certificate.id}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={`certificate-${certificate.id}`}>
            Сертификат: {certificate.number}
          </Title>
          <Badge color={statusColors[certificate.status]} variant={certificate.status === 'terminated' ? 'filled' : 'light'}>
            {certificate.statusLabel}
          </Badge>
        </Group>
        <Text size="sm">{childFullName(child)}</Text>
        <Table variant="vertical" withTableBorder={false}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={{ base: '40%', sm: 200 }}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {certificate.status === 'inactive' && (
          <Text size="sm">
            Осуществить активацию сертификата Вы можете на основании заявления в одном из предложенных учреждений Вашего
            муниципалитета. Возьмите с собой заявление и согласие на обработку персональных данных (заполненные и распечатанные),
            паспорт заявителя, свидетельство о рождении ребёнка (паспорт ребёнка с 14 лет)
            {child.attendsSchool ? '' : ' и документ, подтверждающий прописку ребёнка на территории муниципального образования'}.
          </Text>
        )}
        {certificate.pendingMove && (
          <Text size="sm" role="status">
            Вы сообщили о переезде: сертификат перейдёт в новый муниципалитет с тем же номером, когда его МОЦ подтвердит перевод.
            До тех пор сертификат и оплата занятий остаются в прежнем муниципалитете.
          </Text>
        )}
        {certificate.status === 'terminated' && certificate.terminationReason && (
          <Text size="sm">Причина прекращения: {certificate.terminationReason}</Text>
        )}
        <CertificateDownloads childId={child.id} municipalityCode={certificate.municipality.code} />
        {certificate.status !== 'inactive' && <CertificateBalance number={certificate.number} />}
      </Stack>
    </Paper>
  );
}
