import { List, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PRICE_FOR } from '../api/billing.operations';
import { Notice } from './notice';
import { ErrorAlert } from './error-alert';
import { formatKopecks } from './format';
import { Loading } from './loading';

/** What the certificate covers and what the family pays, computed by billing before enrolling. */
export function PriceSplitView(props: { programId: string; childId: string }) {
  const { data, loading, error } = useQuery(PRICE_FOR, { variables: props, fetchPolicy: 'network-only' });
  if (loading) return <Loading label="Считаем оплату…" />;
  if (error) return <ErrorAlert error={error} />;
  const split = data?.program?.priceFor;
  if (!split) return null;
  const firstMonth = split.perMonth[0];
  return (
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
        <List.Item>Останется на сертификате для другой программы: {formatKopecks(split.remainingKopecks)}</List.Item>
      </List>
    </Notice>
  );
}
