import { showNumber } from './showNumber.ts';
import { DAYS_PER_UNIT, type TimeUnit } from './timeUnit.ts';

const ONE: Record<TimeUnit, string> = { days: 'day', weeks: 'week', months: 'month' };

/**
 * A time held in weeks, written for a message in the unit its file gave it in: a point in time
 * (`day 44`, `week 6.5`, `month 3`) or, with `as: 'duration'`, a length (`44 days`, `1 week`).
 * The value is converted back from weeks exactly (`weeks × 7 / days per unit`) and shown with at
 * most six significant digits, so a day read as `44` is written `44` again, not `6.28571` weeks.
 * Times from dates are in days since the start of treatment. With `withWeek`, a time in another
 * unit also gives its week to one decimal (`day 120 (week 17.1)`), to find it on a chart in
 * weeks. Every message and record that names a time of a cohort's input goes through here.
 * @example showTime(44 / 7, 'days') // 'day 44'
 * @example showTime(2.5, 'weeks', { as: 'duration' }) // '2.5 weeks'
 * @example showTime(120 / 7, 'days', { withWeek: true }) // 'day 120 (week 17.1)'
 */
export function showTime(
  weeks: number,
  unit: TimeUnit = 'weeks',
  options: { as?: 'time' | 'duration'; withWeek?: boolean } = {},
): string {
  const value = showNumber(unit === 'weeks' ? weeks : (weeks * 7) / DAYS_PER_UNIT[unit]);
  const week = options.withWeek && unit !== 'weeks' ? ` (week ${Number(weeks.toFixed(1))})` : '';
  if (options.as !== 'duration') return `${ONE[unit]} ${value}${week}`;
  return `${value} ${value === '1' ? ONE[unit] : unit}`;
}
