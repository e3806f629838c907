/** Validation rules for @mantine/form with the application's own Russian messages (forms set noValidate). */
export type Rule<T> = (value: T) => string | null;

/** A field that must not be left blank. */
export function filled(message: string): Rule<string> {
  return (value) => (value.trim() === '' ? message : null);
}

/** A choice that must be made (a select's empty option). */
export function chosen(message: string): Rule<string | null> {
  return (value) => (value === null || value === '' ? message : null);
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A personal e-mail address, blank refused too. */
export function email(blankMessage = 'Укажите адрес электронной почты.'): Rule<string> {
  return (value) => {
    if (value.trim() === '') return blankMessage;
    return emailPattern.test(value.trim()) ? null : 'Адрес электронной почты указан неверно, например: ivanova@mail.ru.';
  };
}

/** The first rule that fails, in order. */
export function all<T>(...rules: Rule<T>[]): Rule<T> {
  return (value) => {
    for (const rule of rules) {
      const error = rule(value);
      if (error !== null) return error;
    }
    return null;
  };
}

/** A checkbox that must be ticked: an acceptance the person gives themselves. */
export function ticked(message: string): Rule<boolean> {
  return (value) => (value ? null : message);
}
