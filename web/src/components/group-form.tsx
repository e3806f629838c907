import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { GroupInput } from '../api/navigator.operations';
import { ErrorAlert } from './error-alert';
import { weekdayLong } from './format';

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
  const [form, setForm] = useState({ ...props.initial, seats: String(props.initial.seats) });
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const seats = /^-?\d+$/.test(form.seats.trim()) ? Number(form.seats) : Number.NaN;
    props.onSubmit({ ...form, teacher: form.teacher.trim(), seats });
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={props.error} />
        <TextInput label="Педагог" required value={form.teacher} onChange={(e) => set('teacher')(e.currentTarget.value)} />
        <Checkbox.Group
          label="Дни занятий"
          value={form.daysOfWeek.map(String)}
          onChange={(days) => setForm({ ...form, daysOfWeek: days.map(Number).sort() })}
        >
          <Group gap="sm" mt="xs">
            {weekdayLong.map((day, index) => (
              <Checkbox key={day} value={String(index + 1)} label={day} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <TextInput
            label="Начало занятия"
            type="time"
            required
            value={form.startTime}
            onChange={(e) => set('startTime')(e.currentTarget.value)}
          />
          <TextInput
            label="Окончание занятия"
            type="time"
            required
            value={form.endTime}
            onChange={(e) => set('endTime')(e.currentTarget.value)}
          />
          <TextInput
            label="Мест"
            required
            inputMode="numeric"
            value={form.seats}
            onChange={(e) => set('seats')(e.currentTarget.value)}
          />
          <TextInput
            label="Начало обучения"
            type="date"
            required
            value={form.startDate}
            onChange={(e) => set('startDate')(e.currentTarget.value)}
          />
          <TextInput
            label="Окончание обучения"
            type="date"
            required
            value={form.endDate}
            onChange={(e) => set('endDate')(e.currentTarget.value)}
          />
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
