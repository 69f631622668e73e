/**
 * The observed number of responders carried over to a study of n patients: the cohort's own count
 * when n is its size, else the same response rate rounded to whole responders.
 * Assumes n >= 1; a cohort without patients counts as 0 responders.
 * Example: `observedAt({ x: 15, n: 18 }, 30) // 25`, `observedAt({ x: 15, n: 18 }, 18) // 15`.
 */
export function observedAt(observed: { x: number; n: number }, n: number): number {
  return observed.n === n ? observed.x : Math.round((n * observed.x) / Math.max(1, observed.n));
}
