import { periodEndFor } from './period';

const DAY_MS = 24 * 3600 * 1000;

/**
 * - `not_started`: the school year has not begun, nothing to extrapolate from
 * - `no_spending`: the year runs but nothing has been charged yet, so there is no pace
 * - `within_budget`: at the current pace the budget lasts to 31 August
 * - `runs_out`: at the current pace the budget ends before 31 August, on `runsOutOn`
 * - `exhausted`: what was charged already reaches the budget
 * - `year_over`: the school year has ended; the forecast is what was charged
 */
export type BudgetForecastStatus = 'not_started' | 'no_spending' | 'within_budget' | 'runs_out' | 'exhausted' | 'year_over';

export interface BudgetForecastInput {
  /** ГГГГ-09-01 */
  periodStart: string;
  /** today, ГГГГ-ММ-ДД */
  today: string;
  budgetKopecks: number;
  /** charged to the budget since periodStart */
  chargedKopecks: number;
}

export interface BudgetForecast {
  status: BudgetForecastStatus;
  /** days of the school year gone, today included (0 before it starts) */
  daysElapsed: number;
  /** 365 or 366 when the school year holds 29 February */
  daysInYear: number;
  /** kopecks charged per day so far, rounded down */
  paceKopecksPerDay: number;
  /** what will have been charged by 31 August at this pace */
  forecastKopecks: number;
  /** the first day on which the charges reach the budget at this pace; null when they do not within the year */
  runsOutOn: string | null;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Extrapolates the school year's charges linearly from the pace so far: charged / days elapsed.
 * The arithmetic stays in integers (BigInt) so large regional budgets do not lose kopecks.
 */
export function forecastBudget({ periodStart, today, budgetKopecks, chargedKopecks }: BudgetForecastInput): BudgetForecast {
  const start = dayNumber(periodStart);
  const end = dayNumber(periodEndFor(periodStart));
  const now = dayNumber(today);
  const daysInYear = end - start + 1;
  const daysElapsed = Math.min(daysInYear, Math.max(0, now - start + 1));
  const paceKopecksPerDay = daysElapsed === 0 ? 0 : Math.floor(chargedKopecks / daysElapsed);
  const base = { daysElapsed, daysInYear, paceKopecksPerDay };

  if (chargedKopecks >= budgetKopecks && chargedKopecks > 0) {
    return {
      ...base,
      status: 'exhausted',
      forecastKopecks: forecastTotal(chargedKopecks, daysElapsed, daysInYear),
      runsOutOn: null,
    };
  }
  if (daysElapsed === 0) return { ...base, status: 'not_started', forecastKopecks: chargedKopecks, runsOutOn: null };
  if (daysElapsed === daysInYear) return { ...base, status: 'year_over', forecastKopecks: chargedKopecks, runsOutOn: null };
  if (chargedKopecks === 0) return { ...base, status: 'no_spending', forecastKopecks: 0, runsOutOn: null };

  const forecastKopecks = forecastTotal(chargedKopecks, daysElapsed, daysInYear);
  // a budget the whole year's charges only just reach still lasts the year
  if (BigInt(budgetKopecks) * BigInt(daysElapsed) >= BigInt(chargedKopecks) * BigInt(daysInYear)) {
    return { ...base, status: 'within_budget', forecastKopecks, runsOutOn: null };
  }
  // by the end of day k (1-based) charged·k/elapsed is spent; the first k where that reaches the budget
  const dayOfYear = Number(ceilDiv(BigInt(budgetKopecks) * BigInt(daysElapsed), BigInt(chargedKopecks)));
  return { ...base, status: 'runs_out', forecastKopecks, runsOutOn: isoOf(start + dayOfYear - 1) };
}

function forecastTotal(chargedKopecks: number, daysElapsed: number, daysInYear: number): number {
  if (daysElapsed === 0) return chargedKopecks;
  return Number((BigInt(chargedKopecks) * BigInt(daysInYear)) / BigInt(daysElapsed));
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
