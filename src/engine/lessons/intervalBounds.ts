import { proportionInterval } from '../proportionInterval.ts';
import type { ProportionMethod } from '../report.ts';

/**
 * Every interval a method gives for n patients, packed for transfer between threads: entries
 * 2x and 2x + 1 hold the lower and upper bound for x responders, x = 0..n. These do not depend on
 * the true rate, so a page computes them once and re-weights them as the rate moves.
 * Assumes n >= 1 integer and a two-sided level in (0, 1) (default 0.95).
 * Reference: see `proportionInterval`.
 * @example intervalBounds(18, { method: 'clopper-pearson' }).slice(30, 32) // [0.5858..., 0.9642...]
 */
export function intervalBounds(
  n: number,
  { method, level = 0.95 }: { method: ProportionMethod; level?: number },
): Float64Array {
  const bounds = new Float64Array(2 * (n + 1));
  for (let x = 0; x <= n; x++) {
    const [lower, upper] = proportionInterval(x, n, { method, level });
    bounds[2 * x] = lower;
    bounds[2 * x + 1] = upper;
  }
  return bounds;
}
