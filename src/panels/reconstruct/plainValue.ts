import type { SpreadQuantity } from './spreadQuantities.ts';

/**
 * A value in plain words, one decimal at most: "1 week", "2.5 weeks", "1 month", "3"; `null` is
 * "not reached". Example: `plainValue(2.5, 'weeks') === '2.5 weeks'`.
 */
export function plainValue(value: number | null, unit: SpreadQuantity['unit']): string {
  if (value === null) return 'not reached';
  const v = Number(value.toFixed(1));
  const text = v.toLocaleString('en');
  return unit === 'count' ? text : `${text} ${v === 1 ? unit.slice(0, -1) : unit}`;
}
