import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { directionOptions, formatLabels, registryLabels, type ProgramInput } from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { parseRubles, rublesInputOf } from '../components/format';
import { MunicipalitySelect } from '../components/municipality-select';

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
  const form = useForm({
    initialValues: {
      ...initial,
      minAge: String(initial.minAge),
      maxAge: String(initial.maxAge),
      durationMonths: String(initial.durationMonths),
      hours: String(initial.hours),
      price: initial.monthlyPriceKopecks === 0 ? '' : rublesInputOf(initial.monthlyPriceKopecks),
    },
    validate: {
      title: filled('Укажите название программы.'),
      description: filled('Опишите программу.'),
      municipalityCode: filled('Выберите муниципалитет.'),
      address: filled('Укажите адрес.'),
      minAge: filled('Укажите возраст от.'),
      maxAge: filled('Укажите возраст до.'),
      durationMonths: filled('Укажите продолжительность.'),
      hours: filled('Укажите объём в академических часах.'),
      price: (value) => (parseRubles(value) === null ? 'Укажите стоимость в рублях, например 1500 или 1500,50.' : null),
    },
  });

  function submit(values: typeof form.values) {
    const kopecks = parseRubles(values.price);
    if (kopecks === null) return;
    props.onSubmit({
      title: values.title.trim(),
      description: values.description.trim(),
      direction: values.direction,
      registry: values.registry,
      municipalityCode: values.municipalityCode,
      address: values.address.trim(),
      format: values.format,
      minAge: whole(values.minAge),
      maxAge: whole(values.maxAge),
      durationMonths: whole(values.durationMonths),
      hours: whole(values.hours),
      monthlyPriceKopecks: kopecks,
      needsMedicalCertificate: values.needsMedicalCertificate,
      suitsDisabilities: values.suitsDisabilities,
    });
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={props.error} />
        <TextInput label="Название программы" required {...form.getInputProps('title')} />
        <Textarea label="Описание" required autosize minRows={3} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label="Направленность" {...form.getInputProps('direction')} data={directionOptions} />
          <NativeSelect
            label="Реестр"
            {...form.getInputProps('registry')}
            data={Object.entries(registryLabels).map(([value, label]) => ({ value, label }))}
          />
          <MunicipalitySelect
            label="Муниципалитет"
            required
            {...form.getInputProps('municipalityCode')}
            value={form.values.municipalityCode}
          />
          <NativeSelect
            label="Форма обучения"
            {...form.getInputProps('format')}
            data={Object.entries(formatLabels).map(([value, label]) => ({ value, label }))}
          />
        </SimpleGrid>
        <TextInput label="Адрес" required {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput label="Возраст от, лет" required {...form.getInputProps('minAge')} />
          <TextInput label="Возраст до, лет" required {...form.getInputProps('maxAge')} />
          <TextInput label="Продолжительность, мес." required {...form.getInputProps('durationMonths')} />
          <TextInput label="Объём, ак. ч." required {...form.getInputProps('hours')} />
        </SimpleGrid>
        <TextInput label="Стоимость в месяц, ₽" required inputMode="decimal" {...form.getInputProps('price')} />
        <Checkbox label="Нужна медицинская справка" {...form.getInputProps('needsMedicalCertificate', { type: 'checkbox' })} />
        <Checkbox
          label="Подходит детям с ОВЗ и инвалидностью"
          {...form.getInputProps('suitsDisabilities', { type: 'checkbox' })}
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
