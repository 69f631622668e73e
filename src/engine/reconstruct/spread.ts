import { quantileType7 } from '../quantileType7.ts';

/** How one quantity varies across an ensemble: quantiles and a histogram of its values. */
export interface Spread {
  /** Number of cohorts. */
  n: number;
  /** Cohorts where the quantity is not reached or undefined (`null`). */
  not_reached: number;
  /** R type-7 quantiles (min, 5%, 25%, median, 75%, 95%, max); `null` where a not-reached value enters. */
  quantiles: Record<QuantileName, number | null>;
  /** Count of cohorts per distinct value, ascending; `value: null` counts the not reached. */
  histogram: { value: number | null; count: number }[];
}

/** Names of the reported quantiles, in order. */
export type QuantileName = 'min' | 'p05' | 'p25' | 'median' | 'p75' | 'p95' | 'max';

const PROBS: [QuantileName, number][] = [
  ['min', 0],
  ['p05', 0.05],
  ['p25', 0.25],
  ['median', 0.5],
  ['p75', 0.75],
  ['p95', 0.95],
  ['max', 1],
];

/**
 * Summarises values across cohorts, ordering not-reached values (`null`) above every number,
 * as a median that is never reached lies beyond all follow-up.
 * Quantiles follow R's default `quantile(type = 7)` (`quantileType7`); values are few and on a grid, so the
 * histogram lists each distinct value.
 * @example spread([1, 1, 2, null]).histogram // [{ value: 1, count: 2 }, { value: 2, count: 1 }, { value: null, count: 1 }]
 */
export function spread(values: readonly (number | null)[]): Spread {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const quantiles = {} as Record<QuantileName, number | null>;
  for (const [name, p] of PROBS) {
    const q = quantileType7(sorted, p);
    quantiles[name] = q === null || !Number.isFinite(q) ? null : q;
  }
  const histogram: Spread['histogram'] = [];
  for (const v of sorted) {
    const value = Number.isFinite(v) ? v : null;
    const last = histogram[histogram.length - 1];
    if (last && last.value === value) last.count++;
    else histogram.push({ value, count: 1 });
  }
  return {
    n: values.length,
    not_reached: values.filter((v) => v === null).length,
    quantiles,
    histogram,
  };
}
