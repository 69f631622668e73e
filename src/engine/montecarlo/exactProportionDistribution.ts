import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import type { ExactDistribution } from './Histogram.ts';

/**
 * The exact bootstrap distribution of a proportion x/n: resampling n patients gives
 * Binomial(n, x/n)/n. Assumes n ≥ 1 and 0 ≤ x ≤ n.
 * Efron & Tibshirani (1993), ch. 6.
 * @example exactProportionDistribution(15, 18).values.length // 19 (0, 1/18, …, 1)
 */
export function exactProportionDistribution(x: number, n: number): ExactDistribution {
  const values: number[] = [];
  const probabilities: number[] = [];
  for (let k = 0; k <= n; k++) {
    values.push(k / n);
    probabilities.push(binomialPmf(k, n, x / n));
  }
  return { values, probabilities };
}
