import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import type { ProportionMethod } from '../report.ts';
import { intervalTable } from './intervalTable.ts';

/**
 * The exact coverage of a proportion interval at n patients for each true rate in `ps`: the
 * probability that the interval computed from the study's result contains the truth, summed over
 * every possible result x = 0..n (no simulation).
 * Assumes n >= 1 and 0 <= p <= 1; a bound equal to p counts as covering (closed interval).
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, eq. (3).
 * @example exactCoverage(18, [0.5], { method: 'wald' }) // [0.9037...]
 */
export function exactCoverage(
  n: number,
  ps: readonly number[],
  options: { method: ProportionMethod; level?: number },
): number[] {
  const table = intervalTable(n, options);
  return ps.map((p) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
    let total = 0;
    for (let x = 0; x <= n; x++) {
      const [lower, upper] = table[x];
      if (lower <= p && p <= upper) total += binomialPmf(x, n, p);
    }
    return total;
  });
}
