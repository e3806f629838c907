import { List, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PRICE_FOR, type CertificateHold, type PriceSplit } from '../api/billing.operations';
import { Notice } from '../components/notice';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatKopecks } from '../components/format';
import { Loading } from '../components/loading';

function holdText(hold: CertificateHold): string {
  const title = hold.program?.title ?? hold.programTitle ?? 'Другая программа';
  if (hold.status === 'requested') {
    return `${title} — ${formatKopecks(hold.heldKopecks)}: заявка ждёт ответа организации; если её отклонят или она истечёт, средства вернутся на сертификат.`;
  }
  const freed = hold.freedOn ? ` Неизрасходованное вернётся на сертификат с ${formatDate(hold.freedOn)}.` : '';
  return `${title} — ${formatKopecks(hold.heldKopecks)}: идёт обучение, средства списываются помесячно.${freed}`;
}

/** Which requests hold the certificate's balance, and why the certificate pays less (or nothing) here. */
function Holds({ split }: { split: PriceSplit }) {
  const holds = split.holds ?? [];
  if (holds.length === 0) return null;
  return (
    <Stack gap={4} mt="xs">
      <Text fw={500}>
        {split.certificateTotalKopecks === 0
          ? 'Почему сертификат не оплачивает эту программу: его остаток занят'
          : 'Часть средств сертификата уже занята'}
      </Text>
      <List spacing={2} size="sm">
        {holds.map((hold) => (
          <List.Item key={hold.enrollmentId}>{holdText(hold)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** From which month of the program the family pays, how much then, and how much each month after. */
function CoPaymentStart({ split }: { split: PriceSplit }) {
  const from = split.coPaymentFromMonth;
  if (from === null) return <>Сертификат оплачивает всё обучение, доплаты нет.</>;
  const first = split.perMonth[0];
  const monthly = first ? first.certificateKopecks + first.coPaymentKopecks : 0;
  const later = from < split.perMonth.length ? `, в следующие месяцы — по ${formatKopecks(monthly)}` : '';
  return (
    <>
      Семья доплачивает с {from}-го месяца обучения: в этом месяце — {formatKopecks(split.coPaymentFromMonthKopecks)}
      {later}.
    </>
  );
}

/** What the certificate covers and what the family pays, computed by billing before enrolling. */
export function PriceSplitView(props: { programId: string; childId: string }) {
  const { data, loading, error } = useQuery(PRICE_FOR, { variables: props, fetchPolicy: 'network-only' });
  if (loading) return <Loading label="Считаем оплату…" />;
  if (error) return <ErrorAlert error={error} />;
  const split = data?.program?.priceFor;
  if (!split) return null;
  const firstMonth = split.perMonth[0];
  return (
    <Stack gap="xs">
      <Notice title="Оплата обучения">
        {!split.financed && <Text mb="xs">Сертификат пока без средств: обучение оплачивает семья.</Text>}
        <List spacing={4}>
          <List.Item>Стоимость всего обучения: {formatKopecks(split.totalPriceKopecks)}</List.Item>
          <List.Item>
            Оплатит сертификат: {formatKopecks(split.certificateTotalKopecks)}
            {firstMonth && ` (в первый месяц — ${formatKopecks(firstMonth.certificateKopecks)})`}
          </List.Item>
          <List.Item>
            Доплата семьи: {formatKopecks(split.coPaymentTotalKopecks)}
            {firstMonth && ` (в первый месяц — ${formatKopecks(firstMonth.coPaymentKopecks)})`}
          </List.Item>
          <List.Item>
            <CoPaymentStart split={split} />
          </List.Item>
          <List.Item>Останется на сертификате для другой программы: {formatKopecks(split.remainingKopecks)}</List.Item>
        </List>
        <Holds split={split} />
      </Notice>
      {split.takesWholeBalance && (
        <Notice color="red" title="Программа заберёт весь сертификат">
          На эту программу уйдёт весь остаток сертификата на учебный год: на другие программы до 1 сентября средств не останется,
          их оплачивает семья.
        </Notice>
      )}
    </Stack>
  );
}
