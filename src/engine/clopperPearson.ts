import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { binomialArgs } from './binomialArgs.ts';

/**
 * Clopper–Pearson ("exact") interval for x successes of n at a two-sided level (default 0.95).
 * Assumes n >= 1 and 0 <= x <= n integers; the lower bound is 0 at x = 0 and the upper 1 at x = n.
 * Reference: Clopper & Pearson (1934), Biometrika 26:404; R's `binom.test(x, n)$conf.int`.
 * @example clopperPearson(0, 18) // [0, 0.18530...]
 */
export function clopperPearson(
  x: number,
  n: number,
  options: { level?: number } = {},
): [number, number] {
  const { alpha } = binomialArgs(x, n, options.level);
  const lower = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  return [lower, upper];
}
