import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Interval } from '../report.ts';
import type { Histogram } from './Histogram.ts';
import { histogramQuantile } from './histogramQuantile.ts';

/**
 * The jackknife estimate of the BCa acceleration: sum(d^3) / (6 sum(d^2)^1.5) with d the
 * deviations of the leave-one-out values from their mean; undefined values are skipped and 0 is
 * returned when fewer than two remain or they do not vary.
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap, eq. 14.15.
 * @example jackknifeAcceleration([1, 2, 3]) // 0
 */
export function jackknifeAcceleration(values: readonly (number | null)[]): number {
  const defined = values.filter((v): v is number => v !== null);
  if (defined.length < 2) return 0;
  const mean = defined.reduce((a, b) => a + b, 0) / defined.length;
  let squares = 0;
  let cubes = 0;
  for (const v of defined) {
    const d = mean - v;
    squares += d * d;
    cubes += d * d * d;
  }
  return squares > 0 ? cubes / (6 * squares ** 1.5) : 0;
}

/**
 * The bias-corrected and accelerated (BCa) bootstrap interval from an exact histogram of the
 * replicates, the estimate and the acceleration. The bias correction is z0 = Φ⁻¹(share of
 * replicates below the estimate), as R's `boot.ci`; `[null, null]` when z0 is infinite.
 * Efron (1987), JASA 82:171; Efron & Tibshirani (1993), ch. 14.
 * @example bcaInterval(histogram, { estimate: 0.83, acceleration: -0.02, level: 0.95 })
 */
export function bcaInterval(
  histogram: Histogram,
  { estimate, acceleration, level }: { estimate: number; acceleration: number; level: number },
): Interval {
  let total = 0;
  let below = 0;
  histogram.values.forEach((v, k) => {
    total += histogram.counts[k];
    if (v < estimate) below += histogram.counts[k];
  });
  const z0 = normalQuantile(below / total, 0, 1);
  if (!Number.isFinite(z0)) return [null, null];
  const adjusted = (alpha: number) => {
    const z = z0 + normalQuantile(alpha, 0, 1);
    return normalCdf(z0 + z / (1 - acceleration * z), 0, 1);
  };
  const alpha = (1 - level) / 2;
  return [
    histogramQuantile(histogram, adjusted(alpha)),
    histogramQuantile(histogram, adjusted(1 - alpha)),
  ];
}
