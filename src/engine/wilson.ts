import { binomialArgs } from './binomialArgs.ts';

/**
 * Wilson score interval without continuity correction, at a two-sided level (default 0.95).
 * Assumes n >= 1 and 0 <= x <= n integers; like R, the lower bound is exactly 0 at x = 0 and the
 * upper exactly 1 at x = n.
 * Reference: Wilson (1927), JASA 22:209; R's `prop.test(x, n, correct = FALSE)$conf.int`.
 * @example wilson(9, 18) // [0.2903..., 0.7096...]
 */
export function wilson(x: number, n: number, options: { level?: number } = {}): [number, number] {
  const { z } = binomialArgs(x, n, options.level);
  const p = x / n;
  const z22n = (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  const lower = x === 0 ? 0 : (p + z22n - half) / (1 + 2 * z22n);
  const upper = x === n ? 1 : (p + z22n + half) / (1 + 2 * z22n);
  return [lower, upper];
}
