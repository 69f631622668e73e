import type { ProportionMethod } from '../report.ts';
import { cachedInterval } from './cachedInterval.ts';

/**
 * The interval a method reports for every possible result x = 0, 1, …, n of a study of n patients,
 * as `[lower, upper]` pairs indexed by x.
 * Assumes n >= 1; the level is two-sided (default 0.95).
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101 (the intervals compared).
 * @example intervalTable(18, { method: 'wilson' })[15] // [0.6078..., 0.9416...]
 */
export function intervalTable(
  n: number,
  options: { method: ProportionMethod; level?: number },
): (readonly [number, number])[] {
  return Array.from({ length: n + 1 }, (_, x) =>
    cachedInterval(x, n, options.method, options.level),
  );
}
