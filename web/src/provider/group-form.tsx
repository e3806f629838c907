import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { GroupInput } from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { weekdayLong } from '../components/format';
import { DateField } from '../components/date-field';

export const blankGroup: GroupInput = {
  teacher: '',
  daysOfWeek: [],
  startTime: '15:00',
  endTime: '16:30',
  seats: 10,
  startDate: '',
  endDate: '',
};

/** A group's schedule, teacher, seats and dates. */
export function GroupForm(props: {
  initial: GroupInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: GroupInput) => void;
}) {
  const form = useForm({
    initialValues: { ...props.initial, seats: String(props.initial.seats) },
    validate: {
      teacher: filled('Укажите педагога.'),
      daysOfWeek: (days) => (days.length === 0 ? 'Отметьте дни занятий.' : null),
      startTime: filled('Укажите начало занятия.'),
      endTime: filled('Укажите окончание занятия.'),
      seats: filled('Укажите число мест.'),
      startDate: filled('Укажите дату начала обучения.'),
      endDate: filled('Укажите дату окончания обучения.'),
    },
  });

  function submit(values: typeof form.values) {
    const seats = /^-?\d+$/.test(values.seats.trim()) ? Number(values.seats) : Number.NaN;
    props.onSubmit({ ...values, teacher: values.teacher.trim(), seats });
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={props.error} />
        <TextInput label="Педагог" required {...form.getInputProps('teacher')} />
        <Checkbox.Group
          label="Дни занятий"
          withAsterisk
          value={form.values.daysOfWeek.map(String)}
          error={form.errors.daysOfWeek}
          onChange={(days) => form.setFieldValue('daysOfWeek', days.map(Number).sort())}
        >
          <Group gap="sm" mt="xs">
            {weekdayLong.map((day, index) => (
              <Checkbox key={day} value={String(index + 1)} label={day} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <TextInput label="Начало занятия" type="time" required {...form.getInputProps('startTime')} />
          <TextInput label="Окончание занятия" type="time" required {...form.getInputProps('endTime')} />
          <TextInput label="Мест" required inputMode="numeric" {...form.getInputProps('seats')} />
          <DateField label="Начало обучения" required {...form.getInputProps('startDate')} />
          <DateField label="Окончание обучения" required {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
