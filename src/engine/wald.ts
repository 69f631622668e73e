import { binomialArgs } from './binomialArgs.ts';

/**
 * Wald interval p ± z·sqrt(p(1 - p)/n) with p = x/n, clipped to [0, 1].
 * Assumes n >= 1 and 0 <= x <= n integers; it collapses to a point at x = 0 and x = n.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 2.1.
 * @example wald(9, 18) // [0.2690..., 0.7309...]
 */
export function wald(x: number, n: number, options: { level?: number } = {}): [number, number] {
  const { z } = binomialArgs(x, n, options.level);
  const p = x / n;
  const half = z * Math.sqrt((p * (1 - p)) / n);
  return [Math.max(0, p - half), Math.min(1, p + half)];
}
