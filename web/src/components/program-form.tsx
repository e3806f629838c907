import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { directionOptions, formatLabels, registryLabels, type ProgramInput } from '../api/navigator.operations';
import { ErrorAlert } from './error-alert';
import { parseRubles } from './format';
import { MunicipalitySelect } from './municipality-select';

export const blankProgram: ProgramInput = {
  title: '',
  description: '',
  direction: 'technical',
  registry: 'certified',
  municipalityCode: '',
  address: '',
  format: 'in_person',
  minAge: 5,
  maxAge: 18,
  durationMonths: 9,
  hours: 72,
  monthlyPriceKopecks: 0,
  needsMedicalCertificate: false,
  suitsDisabilities: false,
};

const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** Program fields; numbers are typed as text so the API, not the browser, explains what is wrong. */
export function ProgramForm(props: {
  initial: ProgramInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ProgramInput) => void;
}) {
  const { initial } = props;
  const [form, setForm] = useState({
    ...initial,
    minAge: String(initial.minAge),
    maxAge: String(initial.maxAge),
    durationMonths: String(initial.durationMonths),
    hours: String(initial.hours),
    price: initial.monthlyPriceKopecks === 0 ? '' : String(initial.monthlyPriceKopecks / 100),
  });
  const [priceError, setPriceError] = useState<string | null>(null);
  const text = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const kopecks = parseRubles(form.price);
    if (kopecks === null) {
      setPriceError('Укажите стоимость в рублях, например 1500 или 1500,50.');
      return;
    }
    setPriceError(null);
    props.onSubmit({
      title: form.title.trim(),
      description: form.description.trim(),
      direction: form.direction,
      registry: form.registry,
      municipalityCode: form.municipalityCode,
      address: form.address.trim(),
      format: form.format,
      minAge: whole(form.minAge),
      maxAge: whole(form.maxAge),
      durationMonths: whole(form.durationMonths),
      hours: whole(form.hours),
      monthlyPriceKopecks: kopecks,
      needsMedicalCertificate: form.needsMedicalCertificate,
      suitsDisabilities: form.suitsDisabilities,
    });
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={props.error} />
        <TextInput
          label="Название программы"
          required
          value={form.title}
          onChange={(e) => text('title')(e.currentTarget.value)}
        />
        <Textarea
          label="Описание"
          required
          autosize
          minRows={3}
          value={form.description}
          onChange={(e) => text('description')(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Направленность"
            value={form.direction}
            onChange={(e) => text('direction')(e.currentTarget.value)}
            data={directionOptions}
          />
          <NativeSelect
            label="Реестр"
            value={form.registry}
            onChange={(e) => text('registry')(e.currentTarget.value)}
            data={Object.entries(registryLabels).map(([value, label]) => ({ value, label }))}
          />
          <MunicipalitySelect label="Муниципалитет" required value={form.municipalityCode} onChange={text('municipalityCode')} />
          <NativeSelect
            label="Форма обучения"
            value={form.format}
            onChange={(e) => text('format')(e.currentTarget.value)}
            data={Object.entries(formatLabels).map(([value, label]) => ({ value, label }))}
          />
        </SimpleGrid>
        <TextInput label="Адрес" required value={form.address} onChange={(e) => text('address')(e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label="Возраст от, лет"
            required
            value={form.minAge}
            onChange={(e) => text('minAge')(e.currentTarget.value)}
          />
          <TextInput
            label="Возраст до, лет"
            required
            value={form.maxAge}
            onChange={(e) => text('maxAge')(e.currentTarget.value)}
          />
          <TextInput
            label="Продолжительность, мес."
            required
            value={form.durationMonths}
            onChange={(e) => text('durationMonths')(e.currentTarget.value)}
          />
          <TextInput label="Объём, ак. ч." required value={form.hours} onChange={(e) => text('hours')(e.currentTarget.value)} />
        </SimpleGrid>
        <TextInput
          label="Стоимость в месяц, ₽"
          required
          inputMode="decimal"
          value={form.price}
          error={priceError}
          onChange={(e) => text('price')(e.currentTarget.value)}
        />
        <Checkbox
          label="Нужна медицинская справка"
          checked={form.needsMedicalCertificate}
          onChange={(e) => setForm({ ...form, needsMedicalCertificate: e.currentTarget.checked })}
        />
        <Checkbox
          label="Подходит детям с ОВЗ и инвалидностью"
          checked={form.suitsDisabilities}
          onChange={(e) => setForm({ ...form, suitsDisabilities: e.currentTarget.checked })}
        />
        <Group>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
