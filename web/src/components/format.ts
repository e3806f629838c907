const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });

export function formatKopecks(kopecks: number): string {
  return rubles.format(kopecks / 100);
}

const wholeRubles = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });

/** A count as Russian text groups it: «5 000». */
export function formatCount(count: number): string {
  return wholeRubles.format(count);
}
const rublesWithKopecks = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Kopecks as a person types rubles back into a field: «1 600,50», «1 500». */
export function rublesInputOf(kopecks: number): string {
  return (kopecks % 100 === 0 ? wholeRubles : rublesWithKopecks).format(kopecks / 100);
}

/** Rubles typed by a person («1 500,50») to kopecks; null when it is not an amount. */
export function parseRubles(text: string): number | null {
  const normalized = text.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  return Math.round(Number(normalized) * 100);
}

/** Where a program is held: the address, led by the municipality only when the address does not already name it. */
export function placeOf(municipalityName: string | undefined, address: string): string {
  if (municipalityName === undefined || municipalityName === '') return address;
  return address.toLocaleLowerCase('ru').includes(municipalityName.toLocaleLowerCase('ru'))
    ? address
    : [municipalityName, address].filter(Boolean).join(', ');
}

/** ГГГГ-ММ-ДД or an ISO instant to ДД.ММ.ГГГГ. */
export function formatDate(value: string): string {
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** ГГГГ-ММ-ДД spelled out: «11 февраля 2016 г.», which no reader can take for another day. */
export function formatDateLong(value: string): string {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`).toLocaleDateString('ru-RU', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'medium' });
}

export const weekdayShort = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;
export const weekdayLong = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'] as const;

/** Days 1–7 (Monday first) as «вт, чт». */
export function formatDays(days: readonly number[]): string {
  return days.map((day) => weekdayShort[day - 1] ?? String(day)).join(', ');
}

/** Full years between a birth date (ГГГГ-ММ-ДД) and today. */
export function ageOn(birthDate: string, today = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}
