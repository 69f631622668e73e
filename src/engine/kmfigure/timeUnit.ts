/** Units a figure's time axis may use. */
export const TIME_UNITS = ['weeks', 'months', 'days'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Weeks in one unit: a month is a twelfth of 365.25 days. */
const WEEKS: Record<TimeUnit, number> = { weeks: 1, days: 1 / 7, months: 365.25 / 12 / 7 };

/**
 * Converts a time in a figure's unit to weeks, the unit of every cohort, rounded to 1e-4 week
 * (under a minute) so that written cohorts stay readable; equal inputs stay equal.
 * @example toWeeks(3, 'months') // 13.0446
 */
export function toWeeks(value: number, unit: TimeUnit): number {
  return Math.round(value * WEEKS[unit] * 1e4) / 1e4;
}
