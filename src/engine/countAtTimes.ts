import { mergeNearTimes } from './mergeNearTimes.ts';

/**
 * The distinct times of a set of observations in increasing order, with how many observations
 * of each kind (0 … kinds − 1, e.g. censored and each event) fall at each; times within
 * sqrt(machine epsilon) are merged first, as R's `aeqSurv` does. Sorts the distinct times once and
 * counts in one pass, so 100,000 observations take milliseconds.
 * Assumes finite times and whole kinds in range (checked).
 * Reference: R survival 3.5 `aeqSurv`.
 * @example countAtTimes([2, 1, 2], [1, 0, 0], 2) // { time: [1, 2], counts: [[1, 1], [0, 1]] }
 */
export function countAtTimes(
  times: readonly number[],
  kinds: readonly number[],
  kindCount: number,
): { time: number[]; counts: number[][] } {
  // Plain loops: a large cohort's curves count 100,000 observations at a time.
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    if (!Number.isInteger(k) || k < 0 || k >= kindCount)
      throw new RangeError(`kind must be a whole number from 0 to ${kindCount - 1}, got ${k}`);
    if (!Number.isFinite(times[i]))
      throw new RangeError(`survival time must be finite, got ${times[i]}`);
  }
  const { time, rowOf } = mergeNearTimes(times);
  const counts = Array.from({ length: kindCount }, () => new Array<number>(time.length).fill(0));
  for (let i = 0; i < kinds.length; i++) counts[kinds[i]][rowOf.get(times[i])!]++;
  return { time, counts };
}
