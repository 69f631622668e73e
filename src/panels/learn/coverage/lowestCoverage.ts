/**
 * The lowest coverage of one method for a true rate between `from` and `to` (10% and 90% unless
 * told), read off its curve over a grid of true rates: how far short of its promise it can fall
 * away from the extremes, where every method has trouble.
 * Assumes `coverage[i]` belongs to `grid[i]` and at least one grid rate lies in the range.
 * Example: `lowestCoverage([0.05, 0.5, 0.95], [0.6, 0.93, 0.7]) // 0.93`.
 */
export function lowestCoverage(
  grid: readonly number[],
  coverage: readonly number[],
  from = 0.1,
  to = 0.9,
): number {
  return Math.min(...grid.flatMap((p, i) => (p >= from && p <= to ? [coverage[i]] : [])));
}
