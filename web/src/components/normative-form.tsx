import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NORMATIVES, NORMATIVE_HISTORY, SET_NORMATIVE } from '../api/billing.operations';
import { CERTIFICATE_GROUPS } from '../api/certificates.operations';
import { ErrorAlert } from './error-alert';
import { formatDate, parseRubles } from './format';
import { Notice } from './notice';

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
  const [form, setForm] = useState({
    groupName: '',
    periodStart: years[0] ?? '',
    amount: '',
    quota: '',
    budget: '',
    effectiveFrom: '',
  });
  const [moneyError, setMoneyError] = useState<string | null>(null);
  const [setNormative, saved] = useMutation(SET_NORMATIVE, { refetchQueries: [NORMATIVES, NORMATIVE_HISTORY] });
  const groupNames = (groups.data?.municipality?.certificateGroups ?? []).map((group) => group.name);
  const groupName = form.groupName || groupNames[0] || '';
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amountKopecks = parseRubles(form.amount);
    const budgetKopecks = parseRubles(form.budget);
    if (amountKopecks === null || budgetKopecks === null) {
      setMoneyError('Суммы указываются в рублях, например 25000 или 25000,50.');
      return;
    }
    setMoneyError(null);
    void setNormative({
      variables: {
        input: {
          municipalityCode,
          groupName,
          periodStart: form.periodStart,
          amountKopecks,
          quota: whole(form.quota),
          budgetKopecks,
          effectiveFrom: form.effectiveFrom || null,
        },
      },
    }).catch(() => undefined);
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={saved.error ?? groups.error} />
        {saved.data && <Notice>Норматив сохранён, изменение записано в историю.</Notice>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Группа сертификата"
            value={groupName}
            onChange={(e) => set('groupName')(e.currentTarget.value)}
            data={groupNames}
          />
          <NativeSelect
            label="Учебный год"
            value={form.periodStart}
            onChange={(e) => set('periodStart')(e.currentTarget.value)}
            data={years.map((start) => ({
              value: start,
              label: `с ${formatDate(start)} по 31.08.${Number(start.slice(0, 4)) + 1}`,
            }))}
          />
          <TextInput
            label="Норматив на сертификат в год, ₽"
            required
            inputMode="decimal"
            value={form.amount}
            error={moneyError}
            onChange={(e) => set('amount')(e.currentTarget.value)}
          />
          <TextInput
            label="Число финансируемых сертификатов"
            required
            inputMode="numeric"
            value={form.quota}
            onChange={(e) => set('quota')(e.currentTarget.value)}
          />
          <TextInput
            label="Бюджет на учебный год, ₽"
            required
            inputMode="decimal"
            value={form.budget}
            onChange={(e) => set('budget')(e.currentTarget.value)}
          />
          <TextInput
            label="Действует с"
            description="Если не указано — с сегодняшнего дня"
            type="date"
            value={form.effectiveFrom}
            onChange={(e) => set('effectiveFrom')(e.currentTarget.value)}
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
