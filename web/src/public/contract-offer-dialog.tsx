import { Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { PRICE_FOR, type PriceSplit } from '../api/billing.operations';
import type { ProgramDetails, ProgramGroup } from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { formatDate, formatDays, formatKopecks } from '../components/format';
import { ticked } from '../components/form-rules';
import { Loading } from '../components/loading';

interface MonthlyShare {
  from: number;
  to: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

/** Months with the same split run together, so nine equal months read as one line. */
function monthlyShares(split: PriceSplit): MonthlyShare[] {
  const shares: MonthlyShare[] = [];
  for (const month of split.perMonth) {
    const last = shares.at(-1);
    if (last && last.certificateKopecks === month.certificateKopecks && last.coPaymentKopecks === month.coPaymentKopecks) {
      last.to = month.month;
    } else {
      shares.push({ from: month.month, to: month.month, ...month });
    }
  }
  return shares;
}

const monthsLabel = (share: MonthlyShare, total: number) => {
  if (share.from === 1 && share.to === total) return 'Каждый месяц';
  return share.from === share.to ? `${share.from}-й месяц` : `${share.from}–${share.to}-й месяцы`;
};

function Payment({ programId, childId }: { programId: string; childId: string }) {
  const { data, loading, error } = useQuery(PRICE_FOR, { variables: { programId, childId } });
  if (loading) return <Loading label="Считаем оплату…" />;
  if (error) return <ErrorAlert error={error} />;
  const split = data?.program?.priceFor;
  if (!split) return null;
  return (
    <List spacing={2} size="sm">
      {monthlyShares(split).map((share) => (
        <List.Item key={share.from}>
          {monthsLabel(share, split.perMonth.length)}: сертификат оплачивает {formatKopecks(share.certificateKopecks)}, семья
          платит {formatKopecks(share.coPaymentKopecks)}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The provider's public contract offer (договор-оферта) for this program and group. The parent enrols by
 * accepting it, so the request is sent only once they have ticked the acceptance themselves.
 */
export function ContractOfferDialog(props: {
  opened: boolean;
  onClose: () => void;
  program: ProgramDetails;
  group: ProgramGroup;
  child: { id: string; name: string };
  sending: boolean;
  /** why the request was refused, shown in the dialog so the parent can try again */
  error: unknown;
  onAccept: () => void;
}) {
  const { program, group, child } = props;
  const form = useForm({
    initialValues: { accepted: false },
    validate: { accepted: ticked('Отметьте, что прочитали договор-оферту и принимаете её условия.') },
  });
  const close = () => {
    form.reset();
    props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title="Договор-оферта на обучение" size="lg">
      <form onSubmit={form.onSubmit(() => props.onAccept())} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            Организация предлагает заключить договор об образовании на условиях ниже. Приняв оферту, вы, родитель (законный
            представитель), подаёте заявку на зачисление; договор заключён, когда организация примет заявку.
          </Text>
          <List spacing={4} size="sm">
            <List.Item>Организация: {program.provider?.name ?? 'не указана'}</List.Item>
            <List.Item>
              Программа: {program.title}, {program.durationMonths} мес.
            </List.Item>
            <List.Item>
              Группа: {formatDays(group.daysOfWeek)}, {group.startTime}–{group.endTime}, педагог {group.teacher}, с{' '}
              {formatDate(group.startDate)} по {formatDate(group.endDate)}
            </List.Item>
            <List.Item>Обучающийся: {child.name}</List.Item>
            <List.Item>Стоимость обучения: {formatKopecks(program.monthlyPriceKopecks)} в месяц</List.Item>
          </List>
          <Text size="sm" fw={500}>
            Оплата по месяцам
          </Text>
          <Payment programId={program.id} childId={child.id} />
          <Text size="sm">
            Обучение оплачивается за месяцы, в которые оно шло. Уйти из группы можно в любой момент: договор прекращается с
            первого числа следующего месяца.
          </Text>
          <Checkbox
            label="Я прочитал(а) договор-оферту и принимаю её условия"
            {...form.getInputProps('accepted', { type: 'checkbox' })}
          />
          <ErrorAlert error={props.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Отмена
            </Button>
            <Button type="submit" loading={props.sending}>
              Принять и записать
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
