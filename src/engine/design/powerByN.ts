import type { Alternative } from '../alternative.ts';
import { binomialTestPower, type BinomialTestPower } from './binomialTestPower.ts';

/**
 * The exact binomial test (critical value, size, power) for every study size from `nMin` to
 * `nMax`, to draw the saw-tooth of power against n; one-sided (`greater`) unless told otherwise.
 * Assumes 1 <= nMin <= nMax integers; see `binomialTestPower` for the test.
 * Reference: Chernick & Liu (2002), The American Statistician 56:149.
 * @example powerByN(10, 12, { p0: 0.5, p1: 0.8 }).map((r) => r.critical) // [9, 9, 10]
 */
export function powerByN(
  nMin: number,
  nMax: number,
  options: { p0: number; p1: number; alpha?: number; alternative?: Alternative },
): BinomialTestPower[] {
  if (!Number.isInteger(nMin) || !Number.isInteger(nMax) || nMin < 1 || nMax < nMin) {
    throw new RangeError(`need integers 1 <= nMin <= nMax, got ${nMin} and ${nMax}`);
  }
  return Array.from({ length: nMax - nMin + 1 }, (_, i) => binomialTestPower(nMin + i, options));
}
