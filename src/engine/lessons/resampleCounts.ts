/**
 * How many times each of n patients appears in a bootstrap resample: 0 means left out, 2 or more
 * means drawn several times. About 37% of patients are left out of a typical resample.
 * Assumes indices in 0..n-1.
 * Reference: Efron & Tibshirani, An Introduction to the Bootstrap (1993), section 6.2.
 * @example resampleCounts([1, 1, 2], 3) // [0, 2, 1]
 */
export function resampleCounts(indices: readonly number[], n: number): number[] {
  const counts = new Array<number>(n).fill(0);
  for (const i of indices) {
    if (!(Number.isInteger(i) && i >= 0 && i < n)) {
      throw new RangeError(`index must be an integer from 0 to ${n - 1}, got ${i}`);
    }
    counts[i]++;
  }
  return counts;
}
