import type { CohortEndpoints } from './cohortEndpoints.ts';
import { spread, type Spread } from './spread.ts';

/** A cohort's endpoints without the full engine report (kept small for thousands of cohorts). */
export type EnsembleEndpoints = Omit<CohortEndpoints, 'report'>;

/**
 * The spread across an ensemble of what the summary leaves open: the median DOR's interval
 * bounds (log transform, R's default), the Kaplan–Meier time-to-response median and bounds,
 * responses ongoing at cut-off, deaths and, when `bootstrap` is true, the bootstrap interval
 * bounds of the median DOR. Reference: issue "in-silico cohorts from published summaries".
 * @example ensembleSpread(endpoints, false).ongoing_at_cutoff.quantiles.median
 */
export function ensembleSpread(
  endpoints: readonly EnsembleEndpoints[],
  bootstrap: boolean,
): Record<string, Spread> {
  const of = (get: (e: EnsembleEndpoints) => number | null) => spread(endpoints.map(get));
  const result: Record<string, Spread> = {
    dor_ci_lower: of((e) => e.dor_ci?.log[0] ?? null),
    dor_ci_upper: of((e) => e.dor_ci?.log[1] ?? null),
    ttr_km_median: of((e) => e.ttr_km_median),
    ttr_ci_lower: of((e) => e.ttr_km_ci?.log[0] ?? null),
    ttr_ci_upper: of((e) => e.ttr_km_ci?.log[1] ?? null),
    ongoing_at_cutoff: of((e) => e.ongoing_at_cutoff),
    deaths: of((e) => e.deaths),
  };
  if (bootstrap) {
    result.dor_bootstrap_lower = of((e) => e.dor_bootstrap_ci?.[0] ?? null);
    result.dor_bootstrap_upper = of((e) => e.dor_bootstrap_ci?.[1] ?? null);
  }
  return result;
}
