/**
 * The median of a list of numbers as R's `median`: the middle value, or the mean of the two middle
 * values for an even count; `null` for an empty list.
 * Assumes finite numbers (the input is not modified).
 * Reference: R's `stats::median.default`.
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically without a comparator: 100,000 values in milliseconds.
  const sorted = Float64Array.from(values).sort();
  const half = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[half];
  return (sorted[half - 1] + sorted[half]) / 2;
}
