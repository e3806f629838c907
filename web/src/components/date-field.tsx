import { TextInput, type TextInputProps } from '@mantine/core';
import { formatDateLong } from './format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date field. The browser draws it in its own locale (ММ/ДД/ГГГГ in an English one), so the chosen date is also
 * spelled out in Russian beneath it: «02/11/2016» can't then pass for 2 November when it is 11 February.
 */
export function DateField({ description, ...props }: Omit<TextInputProps, 'type'>) {
  const chosen = typeof props.value === 'string' && ISO_DATE.test(props.value) ? formatDateLong(props.value) : null;
  return <TextInput {...props} type="date" description={chosen ? `Выбрано: ${chosen}` : description} />;
}
