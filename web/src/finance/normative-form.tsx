import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { NORMATIVES, NORMATIVE_HISTORY, SET_NORMATIVE } from '../api/billing.operations';
import { CERTIFICATE_GROUPS } from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { formatDate, parseRubles } from '../components/format';
import { Notice } from '../components/notice';
import { DateField } from '../components/date-field';

/** 1 September of the school year under way and of the next one. */
function schoolYears(today = new Date()): string[] {
  const current = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return [current, current + 1].map((year) => `${year}-09-01`);
}

const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** Sets the normative, quota and budget of a certificate group for a school year. */
export function NormativeForm({ municipalityCode }: { municipalityCode: string }) {
  const groups = useQuery(CERTIFICATE_GROUPS, { variables: { code: municipalityCode } });
  const years = schoolYears();
  const rubles = (blank: string) => (value: string) =>
    value.trim() === '' ? blank : parseRubles(value) === null ? 'Сумма указывается в рублях, например 25000 или 25000,50.' : null;
  const form = useForm({
    initialValues: { groupName: '', periodStart: years[0] ?? '', amount: '', quota: '', budget: '', effectiveFrom: '' },
    validate: {
      amount: rubles('Укажите норматив.'),
      quota: filled('Укажите число финансируемых сертификатов.'),
      budget: rubles('Укажите бюджет.'),
    },
  });
  const [setNormative, saved] = useMutation(SET_NORMATIVE, { refetchQueries: [NORMATIVES, NORMATIVE_HISTORY] });
  const groupNames = (groups.data?.municipality?.certificateGroups ?? []).map((group) => group.name);
  const groupName = form.values.groupName || groupNames[0] || '';

  function submit(values: typeof form.values) {
    const amountKopecks = parseRubles(values.amount);
    const budgetKopecks = parseRubles(values.budget);
    if (amountKopecks === null || budgetKopecks === null) return;
    void setNormative({
      variables: {
        input: {
          municipalityCode,
          groupName,
          periodStart: values.periodStart,
          amountKopecks,
          quota: whole(values.quota),
          budgetKopecks,
          effectiveFrom: values.effectiveFrom || null,
        },
      },
    }).catch(() => undefined);
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={saved.error ?? groups.error} />
        {saved.data && <Notice>Норматив сохранён, изменение записано в историю.</Notice>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label="Группа сертификата" {...form.getInputProps('groupName')} value={groupName} data={groupNames} />
          <NativeSelect
            label="Учебный год"
            {...form.getInputProps('periodStart')}
            data={years.map((start) => ({
              value: start,
              label: `с ${formatDate(start)} по 31.08.${Number(start.slice(0, 4)) + 1}`,
            }))}
          />
          <TextInput label="Норматив на сертификат в год, ₽" required inputMode="decimal" {...form.getInputProps('amount')} />
          <TextInput label="Число финансируемых сертификатов" required inputMode="numeric" {...form.getInputProps('quota')} />
          <TextInput label="Бюджет на учебный год, ₽" required inputMode="decimal" {...form.getInputProps('budget')} />
          <DateField
            label="Действует с"
            description="Если не указано — с сегодняшнего дня"
            {...form.getInputProps('effectiveFrom')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={saved.loading}>
            Сохранить норматив
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
