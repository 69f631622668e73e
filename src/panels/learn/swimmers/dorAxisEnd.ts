/**
 * The right end of the dot plot of median durations of response, in weeks: 10% beyond the
 * largest of 4 weeks, every resample median reached, the cohort's median and the top of the
 * background interval, so none of them falls off the chart. `null` (not reached) counts as 0.
 * @example dorAxisEnd([2, null, 6], { cohort: 3, upper: 5 }) // 6.6
 */
export function dorAxisEnd(
  medians: readonly (number | null)[],
  { cohort, upper }: { cohort: number | null; upper: number | null },
): number {
  return Math.max(4, ...medians.map((v) => v ?? 0), cohort ?? 0, upper ?? 0) * 1.1;
}
