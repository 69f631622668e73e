import type { BinomialTestPower } from './binomialTestPower.ts';

/**
 * From a power curve (consecutive n, as `powerByN` returns), the first n whose power reaches
 * `target`, and the first n from which the power never again falls below it within the curve;
 * `null` when none. The two differ because exact power is a saw-tooth in n.
 * Assumes the rows are sorted by n; 0 < target < 1.
 * Reference: Chernick & Liu (2002), The American Statistician 56:149.
 * @example smallestNForPower(powerByN(1, 100, { p0: 0.5, p1: 0.8 }), 0.85) // { first: 18, stable: 21 }
 */
export function smallestNForPower(
  curve: readonly BinomialTestPower[],
  target: number,
): { first: number | null; stable: number | null } {
  const first = curve.find((row) => row.power >= target)?.n ?? null;
  let stable: number | null = null;
  for (let i = curve.length - 1; i >= 0 && curve[i].power >= target; i--) stable = curve[i].n;
  return { first, stable };
}
