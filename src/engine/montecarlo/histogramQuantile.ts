import type { Histogram } from './Histogram.ts';

/**
 * The p-quantile of a histogram as the inverse of its distribution function (R's quantile type 1,
 * `qbinom`'s rule): the smallest value whose cumulative share reaches p. Assumes 0 ≤ p ≤ 1 and a
 * non-empty histogram; shares within 1e-12 of p count as reaching it.
 * @example histogramQuantile({ values: [0, 1], counts: [3, 1] }, 0.75) // 0
 */
export function histogramQuantile({ values, counts }: Histogram, p: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  for (let k = 0; k < values.length; k++) {
    cumulative += counts[k];
    if (cumulative / total >= p - 1e-12) return values[k];
  }
  return values[values.length - 1];
}
