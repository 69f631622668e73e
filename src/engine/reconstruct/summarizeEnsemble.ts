import type { Cohort, ResponseCode } from '../cohort.ts';
import { cohortEndpoints, type CohortEndpoints } from './cohortEndpoints.ts';
import { ensembleSpread } from './ensembleSpread.ts';
import type { Spread } from './spread.ts';

/** Per-cohort endpoints and, across the ensemble, the spread of what the paper did not report. */
export interface EnsembleSummary {
  cohorts: number;
  level: number;
  per_cohort: CohortEndpoints[];
  /** Spread across cohorts of what the paper did not report (see `ensembleSpread`). */
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
  const spread = ensembleSpread(per, { bootstrap: Boolean(options.bootstrap) });
  return { cohorts: cohorts.length, level, per_cohort: per, spread };
}
