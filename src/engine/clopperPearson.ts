import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import type { Alternative } from './alternative.ts';
import { binomialArgs } from './binomialArgs.ts';

/**
 * Clopper–Pearson ("exact") interval for x successes of n at a level (default 0.95), two-sided
 * by default; for the alternative `greater` it is the one-sided bound [lower, 1] at that level,
 * for `less` the bound [0, upper], so it agrees with the exact test of that alternative.
 * Assumes n >= 1 and 0 <= x <= n integers; the lower bound is 0 at x = 0 and the upper 1 at x = n.
 * Reference: Clopper & Pearson (1934), Biometrika 26:404; R's `binom.test(x, n)$conf.int`
 * (with `alternative`).
 * @example clopperPearson(0, 18) // [0, 0.18530...]
 */
export function clopperPearson(
  x: number,
  n: number,
  options: { level?: number; alternative?: Alternative } = {},
): [number, number] {
  const { alpha } = binomialArgs(x, n, options.level);
  const alternative = options.alternative ?? 'two-sided';
  // A one-sided bound puts the whole 1 - level in its tail (2 * alpha is exactly 1 - level).
  const tail = alternative === 'two-sided' ? alpha : 2 * alpha;
  const lower = x === 0 || alternative === 'less' ? 0 : betaQuantile(tail, x, n - x + 1);
  const upper = x === n || alternative === 'greater' ? 1 : betaQuantile(1 - tail, x + 1, n - x);
  return [lower, upper];
}
