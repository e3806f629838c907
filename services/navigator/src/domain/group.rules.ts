import { badInput } from '@pdo/service-kit/domain';

export interface GroupTerms {
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  seats: number;
  startDate: string;
  endDate: string;
}

/** "HH:MM" compares correctly as text; ISO dates too. */
export function checkGroupTerms(terms: GroupTerms, seatsTaken = 0): void {
  if (terms.startTime >= terms.endTime) throw badInput('Занятие должно заканчиваться позже, чем начинается.', 'endTime');
  if (terms.startDate >= terms.endDate)
    throw badInput('Дата окончания обучения группы должна быть позже даты начала.', 'endDate');
  if (terms.seats < seatsTaken) throw badInput(`В группе уже занято ${seatsTaken} мест — меньше сделать нельзя.`, 'seats');
}

/** Monday is 1, Sunday is 7 (ISO 8601); each day once, in order. */
export const normalizeDays = (days: number[]) => [...new Set(days)].sort((a, b) => a - b);
