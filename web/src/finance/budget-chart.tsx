import { Box, Text } from '@mantine/core';
import type { BudgetMonth } from '../api/billing.operations';

const monthNames = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const width = 640;
const height = 220;
const axis = 24;
export const chargedColor = '#1c7ed6';
export const coPaymentColor = '#f59f00';

export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${monthNames[Number(number) - 1] ?? number} ${year}`;
}

/** The twelve months of the school year starting at periodStart (ГГГГ-09-01), with no charges where none were made. */
export function schoolYearMonths(periodStart: string, charged: readonly BudgetMonth[]): BudgetMonth[] {
  const [year, month] = periodStart.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 + index, 1));
    const key = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    return charged.find((m) => m.month === key) ?? { month: key, chargedKopecks: 0, coPaymentKopecks: 0, charges: 0 };
  });
}

/**
 * Charges by month as bars; a picture only — the data table next to it is what screen readers read. The month names
 * are text under the drawing, not in it, so a phone does not shrink them with the bars.
 */
export function BudgetChart({ months }: { months: readonly BudgetMonth[] }) {
  const highest = Math.max(1, ...months.map((m) => m.chargedKopecks + m.coPaymentKopecks));
  const slot = width / Math.max(1, months.length);
  const bar = Math.min(40, slot * 0.6);
  const scale = (kopecks: number) => (kopecks / highest) * (height - axis - 8);
  return (
    <Box maw={width} aria-hidden>
      <svg viewBox={`0 0 ${width} ${height - axis + 1}`} width="100%" style={{ display: 'block' }} role="presentation">
        <line x1={0} x2={width} y1={height - axis} y2={height - axis} stroke="#868e96" />
        {months.map((month, index) => {
          const x = index * slot + (slot - bar) / 2;
          const charged = scale(month.chargedKopecks);
          const coPayment = scale(month.coPaymentKopecks);
          return (
            <g key={month.month}>
              <rect x={x} y={height - axis - charged} width={bar} height={charged} fill={chargedColor} />
              <rect x={x} y={height - axis - charged - coPayment} width={bar} height={coPayment} fill={coPaymentColor} />
            </g>
          );
        })}
      </svg>
      <Box style={{ display: 'grid', gridTemplateColumns: `repeat(${months.length}, 1fr)` }}>
        {months.map((month) => (
          <Text key={month.month} size="xs" ta="center">
            {monthLabel(month.month).split(' ')[0]}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
