import { proportionInterval } from './proportionInterval.ts';
import { PROPORTION_METHODS, type Interval, type ProportionResult } from './report.ts';

/**
 * x successes of n with the estimate x/n and the interval of every method at a two-sided level.
 * Assumes 0 <= x <= n integers; n = 0 gives a null estimate and [null, null] intervals.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101.
 * @example proportion(16, 18).ci['clopper-pearson'] // [0.6528..., 0.9862...]
 */
export function proportion(
  x: number,
  n: number,
  options: { level?: number } = {},
): ProportionResult {
  const ci = {} as Record<(typeof PROPORTION_METHODS)[number], Interval>;
  if (n === 0 && x === 0) {
    for (const method of PROPORTION_METHODS) ci[method] = [null, null];
    return { x, n, estimate: null, ci };
  }
  for (const method of PROPORTION_METHODS) {
    ci[method] = proportionInterval(x, n, { method, level: options.level });
  }
  return { x, n, estimate: x / n, ci };
}
