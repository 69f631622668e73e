import type { Cohort } from './cohort.ts';
import type { FeverResult } from './report.ts';
import { median } from './median.ts';
import { proportion } from './proportion.ts';

/**
 * Counts patients febrile at baseline, how many had their fever resolve (in all, as a proportion
 * with its intervals at `level`, default 0.95, and by each landmark week, inclusive) and the
 * median time to resolution; `null` without `fever_baseline`.
 * @example feverResolution(cohort, { byWeek: [1] }) // { baseline: 3, resolved: 3, rate: { x: 3, n: 3, … }, resolved_by_week: { '1': 3 }, median_time: 1 }
 */
export function feverResolution(
  cohort: Cohort,
  { byWeek, level }: { byWeek: readonly number[]; level?: number },
): FeverResult | null {
  if (!cohort.columns.includes('fever_baseline')) return null;
  const febrile = cohort.patients.filter((p) => p.feverBaseline === true);
  const times = febrile.map((p) => p.feverResolvedWk).filter((t): t is number => t !== null);
  const resolvedByWeek = Object.fromEntries(
    byWeek.map((w) => [String(w), times.filter((t) => t <= w).length]),
  );
  return {
    baseline: febrile.length,
    resolved: times.length,
    rate: proportion(times.length, febrile.length, { level }),
    resolved_by_week: resolvedByWeek,
    median_time: median(times),
  };
}
