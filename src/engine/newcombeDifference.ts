import { binomialArgs } from './binomialArgs.ts';
import { wilson } from './wilson.ts';

/**
 * The difference of two proportions x1/n1 − x2/n2 with Newcombe's hybrid score interval
 * (his method 10), built from each group's Wilson interval, at a two-sided level (default 0.95).
 * Assumes n1, n2 ≥ 1 and 0 ≤ x ≤ n integers; the bounds stay within [−1, 1].
 * Reference: Newcombe (1998), Statistics in Medicine 17:873, method 10.
 * @example newcombeDifference(9, 10, 5, 10) // { estimate: 0.4, lower: -0.0024…, upper: 0.6759… }
 */
export function newcombeDifference(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: { level?: number } = {},
): { estimate: number; lower: number; upper: number } {
  binomialArgs(x1, n1, options.level);
  binomialArgs(x2, n2, options.level);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilson(x1, n1, options);
  const [l2, u2] = wilson(x2, n2, options);
  const estimate = p1 - p2;
  return {
    estimate,
    lower: estimate - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    upper: estimate + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
  };
}
