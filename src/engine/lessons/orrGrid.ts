/**
 * The response rates a study of n patients can report: k/n for k = 0, 1, …, n, in steps of 1/n.
 * Assumes n is a whole number >= 1.
 * Reference: the support of the binomial proportion.
 * @example orrGrid(4) // [0, 0.25, 0.5, 0.75, 1]
 */
export function orrGrid(n: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  return Array.from({ length: n + 1 }, (_, k) => k / n);
}
