/**
 * `count` evenly spaced points from `from` to `to` inclusive, for drawing a curve over the
 * response-rate axis.
 * Assumes count >= 2.
 * Reference: R's `seq(from, to, length.out = count)`.
 * @example unitGrid(5) // [0, 0.25, 0.5, 0.75, 1]
 */
export function unitGrid(count: number, from = 0, to = 1): number[] {
  if (!Number.isInteger(count) || count < 2) {
    throw new RangeError(`count must be an integer >= 2, got ${count}`);
  }
  const by = (to - from) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? to : from + i * by));
}
