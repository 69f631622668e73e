import type { Cohort, ResponseCode } from '../cohort.ts';
import { cohortEndpoints, type CohortEndpoints } from './cohortEndpoints.ts';
import { spread, type Spread } from './spread.ts';

/** Per-cohort endpoints and, across the ensemble, the spread of what the paper did not report. */
export interface EnsembleSummary {
  cohorts: number;
  level: number;
  per_cohort: CohortEndpoints[];
  /**
   * Spread across cohorts of: the median DOR's interval bounds (log transform, R's default), the
   * Kaplan–Meier time-to-response median and bounds, responses ongoing at cut-off, deaths and,
   * with `bootstrap`, the bootstrap interval bounds for the median DOR.
   */
  spread: Record<string, Spread>;
}

/**
 * Analyses every cohort of an ensemble with the engine and summarises how the quantities a
 * summary leaves open vary between equally consistent reconstructions.
 * The optional bootstrap (reps resamples per cohort, one rng for all) costs reps Kaplan–Meier fits
 * per cohort. Reference: issue "in-silico cohorts from published summaries".
 * @example summarizeEnsemble(ensemble.cohorts, { level: 0.95 }).spread.ongoing_at_cutoff.quantiles.median
 */
export function summarizeEnsemble(
  cohorts: readonly Cohort[],
  options: {
    level?: number;
    responders?: readonly ResponseCode[];
    byWeek?: readonly number[];
    bootstrap?: { reps: number; rng: () => number };
  } = {},
): EnsembleSummary {
  const level = options.level ?? 0.95;
  const per = cohorts.map((c) => cohortEndpoints(c, { ...options, level }));
  const of = (get: (e: CohortEndpoints) => number | null) => spread(per.map(get));
  const result: Record<string, Spread> = {
    dor_ci_lower: of((e) => e.dor_ci?.log[0] ?? null),
    dor_ci_upper: of((e) => e.dor_ci?.log[1] ?? null),
    ttr_km_median: of((e) => e.ttr_km_median),
    ttr_ci_lower: of((e) => e.ttr_km_ci?.log[0] ?? null),
    ttr_ci_upper: of((e) => e.ttr_km_ci?.log[1] ?? null),
    ongoing_at_cutoff: of((e) => e.ongoing_at_cutoff),
    deaths: of((e) => e.deaths),
  };
  if (options.bootstrap) {
    result.dor_bootstrap_lower = of((e) => e.dor_bootstrap_ci?.[0] ?? null);
    result.dor_bootstrap_upper = of((e) => e.dor_bootstrap_ci?.[1] ?? null);
  }
  return { cohorts: cohorts.length, level, per_cohort: per, spread: result };
}
