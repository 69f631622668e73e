import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { binomialArgs } from './binomialArgs.ts';

/**
 * Jeffreys interval: equal tails of the Beta(x + 1/2, n - x + 1/2) posterior, at a two-sided level.
 * Assumes n >= 1 and 0 <= x <= n integers; the lower bound is 0 at x = 0 and the upper 1 at x = n.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.1.2.
 * @example jeffreys(9, 18) // [0.2835..., 0.7164...]
 */
export function jeffreys(x: number, n: number, options: { level?: number } = {}): [number, number] {
  const { alpha } = binomialArgs(x, n, options.level);
  const lower = x === 0 ? 0 : betaQuantile(alpha, x + 0.5, n - x + 0.5);
  const upper = x === n ? 1 : betaQuantile(1 - alpha, x + 0.5, n - x + 0.5);
  return [lower, upper];
}
