import type { CohortEndpoints } from '../../engine/reconstruct/cohortEndpoints.ts';
import { spread, type Spread } from '../../engine/reconstruct/spread.ts';

/** A cohort's endpoints without the full engine report (kept small for thousands of cohorts). */
export type EndpointsLite = Omit<CohortEndpoints, 'report'>;

/**
 * The spread across an ensemble of what the summary leaves open, from endpoints computed one
 * cohort at a time; the same quantities, in the same order, as `summarizeEnsemble(…).spread`
 * (the bootstrap bounds only when `bootstrap` is true).
 * Example: `ensembleSpread(endpoints, false).ongoing_at_cutoff.quantiles.median`.
 */
export function ensembleSpread(
  endpoints: readonly EndpointsLite[],
  bootstrap: boolean,
): Record<string, Spread> {
  const of = (get: (e: EndpointsLite) => number | null) => spread(endpoints.map(get));
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
