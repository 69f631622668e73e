/**
 * The p-quantile of numbers sorted ascending as R's default `quantile(x, p)` (type 7): the value
 * at position h = (n - 1) p, counting from 0, interpolated linearly between its two neighbours;
 * `null` for an empty list.
 * Assumes `sorted` is ascending and 0 <= p <= 1. `Infinity` may stand for a value above every
 * number (a median that was never reached): a quantile that reaches it is `Infinity`, as in R.
 * Reference: Hyndman & Fan (1996), The American Statistician 50:361, definition 7.
 * @example quantileType7([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantileType7(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = sorted[Math.floor(h)];
  const hi = sorted[Math.ceil(h)];
  return lo === hi ? lo : lo + (h - Math.floor(h)) * (hi - lo);
}
