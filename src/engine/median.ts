/**
 * The median of a list of numbers as R's `median`: the middle value, or the mean of the two middle
 * values for an even count; `null` for an empty list.
 * Assumes finite numbers (the input is not modified).
 * Reference: R's `stats::median.default`.
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[half];
  return (sorted[half - 1] + sorted[half]) / 2;
}
