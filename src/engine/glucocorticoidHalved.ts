import type { Cohort } from './cohort.ts';
import type { TimedProportionResult } from './report.ts';
import { median } from './median.ts';
import { proportion } from './proportion.ts';

/**
 * The proportion whose glucocorticoid dose was halved, with the median time among them.
 * The denominator is the patients with a baseline dose above 0, or every patient when the
 * cohort has no `gc_baseline_mg` column; `null` when `gc_halved_wk` was not recorded at all.
 * @example glucocorticoidHalved(cohort, { level: 0.95 })?.x // 13
 */
export function glucocorticoidHalved(
  cohort: Cohort,
  { level }: { level: number },
): TimedProportionResult | null {
  if (!cohort.columns.includes('gc_halved_wk')) return null;
  const hasBaseline = cohort.columns.includes('gc_baseline_mg');
  const eligible = cohort.patients.filter((p) => !hasBaseline || (p.gcBaselineMg ?? 0) > 0);
  const times = eligible.map((p) => p.gcHalvedWk).filter((t): t is number => t !== null);
  return { ...proportion(times.length, eligible.length, { level }), median_time: median(times) };
}
