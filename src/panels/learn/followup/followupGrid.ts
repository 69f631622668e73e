/**
 * The follow-ups at which the curves against the cut-off are computed: `steps` evenly spaced
 * weeks from 0 to `longestWk`, both ends included.
 * Assumes steps >= 2.
 * @example followupGrid(12, 5) // [0, 3, 6, 9, 12]
 */
export function followupGrid(longestWk: number, steps: number): number[] {
  return Array.from({ length: steps }, (_, k) => (longestWk * k) / (steps - 1));
}
