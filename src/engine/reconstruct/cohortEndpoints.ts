import { analyze } from '../analyze.ts';
import { RESPONSE_GRADES, type Cohort, type ResponseCode } from '../cohort.ts';
import type { AnalysisReport, Interval, KmTransform } from '../report.ts';
import { bootstrapDorMedian } from './bootstrapDorMedian.ts';

/** The endpoints of one reconstructed cohort that the published summary leaves open. */
export interface CohortEndpoints {
  name: string;
  /** Kaplan–Meier median duration of response and its Brookmeyer–Crowley intervals. */
  dor_median: number | null;
  dor_ci: Record<KmTransform, Interval> | null;
  /** Kaplan–Meier median time to response over all patients (non-responders censored). */
  ttr_km_median: number | null;
  ttr_km_ci: Record<KmTransform, Interval> | null;
  /** Responses neither lost nor ended by death at the cut-off (censored durations). */
  ongoing_at_cutoff: number;
  deaths: number;
  /** Percentile bootstrap interval for the median DOR, when requested. */
  dor_bootstrap_ci: Interval | null;
  /** The full engine report (every proportion with its five intervals). */
  report: AnalysisReport;
}

/**
 * Analyses one reconstructed cohort with the engine and extracts what the paper did not report.
 * The bootstrap interval is computed only when `bootstrap` (reps and rng) is given.
 * @example cohortEndpoints(cohort, { level: 0.95 }).ongoing_at_cutoff // 4
 */
export function cohortEndpoints(
  cohort: Cohort,
  {
    level = 0.95,
    responders = RESPONSE_GRADES,
    byWeek = [1, 2, 4],
    bootstrap,
  }: {
    level?: number;
    responders?: readonly ResponseCode[];
    byWeek?: readonly number[];
    bootstrap?: { reps: number; rng: () => number };
  } = {},
): CohortEndpoints {
  const report = analyze(cohort, { level, responders, byWeek });
  const dor = report.dor;
  return {
    name: cohort.name,
    dor_median: dor?.median ?? null,
    dor_ci: dor?.ci ?? null,
    ttr_km_median: report.ttr.km?.median ?? null,
    ttr_km_ci: report.ttr.km?.ci ?? null,
    ongoing_at_cutoff: dor ? dor.n - dor.events : 0,
    deaths: cohort.patients.filter((p) => p.deathWk !== null).length,
    dor_bootstrap_ci: bootstrap
      ? bootstrapDorMedian(cohort, { ...bootstrap, level, responders })
      : null,
    report,
  };
}
