import type { Direction } from '@pdo/events';

/** How people read the six направленности (приказ Минпросвещения № 629). */
export const directionLabels: Record<Direction, string> = {
  technical: 'техническая',
  science: 'естественнонаучная',
  sports: 'физкультурно-спортивная',
  arts: 'художественная',
  tourism: 'туристско-краеведческая',
  social: 'социально-гуманитарная',
};
