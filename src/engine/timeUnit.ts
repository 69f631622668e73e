/** Units a file's times may be in; every time is converted to weeks. */
export const TIME_UNITS = ['days', 'weeks', 'months'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Days per unit: a month is 30.4375 days (365.25 / 12). */
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { days: 1, weeks: 7, months: 30.4375 };

/**
 * A time in `unit` as weeks, computed as `value × days per unit / 7` (so days give exactly
 * `days / 7`); weeks are returned unchanged.
 * @example toWeeks(14, 'days') // 2
 */
export function toWeeks(value: number, unit: TimeUnit): number {
  return unit === 'weeks' ? value : (value * DAYS_PER_UNIT[unit]) / 7;
}
