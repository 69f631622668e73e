import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import type { ProportionMethod } from '../report.ts';
import { intervalTable } from './intervalTable.ts';

/**
 * The expected width (upper minus lower bound) of a proportion interval at n patients for each true
 * rate in `ps`, averaged exactly over every possible result x = 0..n.
 * Assumes n >= 1 and 0 <= p <= 1; the level is two-sided (default 0.95).
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2 (expected length).
 * @example expectedWidth(18, [0.5], { method: 'wald' }) // [0.4388...]
 */
export function expectedWidth(
  n: number,
  ps: readonly number[],
  options: { method: ProportionMethod; level?: number },
): number[] {
  const table = intervalTable(n, options);
  return ps.map((p) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
    let total = 0;
    for (let x = 0; x <= n; x++) total += binomialPmf(x, n, p) * (table[x][1] - table[x][0]);
    return total;
  });
}
