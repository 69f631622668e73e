import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import type { ProportionMethod } from '../report.ts';
import { cachedInterval } from './cachedInterval.ts';

/** Results less likely than this are skipped: they change a width by less than (n + 1) · 1e-17. */
const NEGLIGIBLE = 1e-17;

/**
 * The expected width of a proportion interval for n patients at a true rate p, by exact
 * enumeration of the results x = 0..n, skipping results with probability below 1e-17 (so only the
 * intervals that matter are computed).
 * Assumes n >= 1 integer and 0 <= p <= 1; the level is two-sided (default 0.95).
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example expectedWidthAt(2, 0.5, { method: 'wald' }) // 0.6929...
 */
export function expectedWidthAt(
  n: number,
  p: number,
  options: { method: ProportionMethod; level?: number },
): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  let total = 0;
  for (let x = 0; x <= n; x++) {
    const weight = binomialPmf(x, n, p);
    if (weight < NEGLIGIBLE) continue;
    const [lower, upper] = cachedInterval(x, n, options.method, options.level);
    total += weight * (upper - lower);
  }
  return total;
}
