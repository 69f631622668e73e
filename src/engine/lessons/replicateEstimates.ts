import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import type { Cohort, ResponseCode } from '../cohort.ts';
import { dorObservations } from '../dorObservations.ts';
import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { median } from '../median.ts';
import { proportionInterval } from '../proportionInterval.ts';
import type { KmTransform, ProportionMethod } from '../report.ts';

/** What one replicate study reports: its ORR with an interval and its median DOR. */
export interface ReplicateEstimates {
  n: number;
  responders: number;
  /** responders / n, or `null` when nobody had started. */
  orr: number | null;
  orrInterval: [number, number] | null;
  /** Kaplan–Meier median DOR and its interval; `null` means not reached (or no responders). */
  dorMedian: number | null;
  dorLower: number | null;
  dorUpper: number | null;
  /** Responses seen to end. */
  dorEvents: number;
  /** The naive median of the durations of the responses seen to end (biased short). */
  naiveDorMedian: number | null;
}

/** How a replicate study is analysed; defaults: Clopper–Pearson, 95%, log transform, CR/PR/IMP. */
export interface EstimateOptions {
  method?: ProportionMethod;
  level?: number;
  transform?: KmTransform;
  responders?: readonly ResponseCode[];
}

/**
 * The estimates a study would publish: ORR with its interval and the Kaplan–Meier median duration
 * of response with its Brookmeyer–Crowley interval, plus the naive median of the responses seen to
 * end, for comparison. Assumes a cohort as `simulateCohort` or `observeLatentStudy` give it.
 * Reference: Kaplan & Meier (1958); Brookmeyer & Crowley (1982), Biometrics 38:29.
 * @example replicateEstimates(simulateCohort(scenario, { rng })).orrInterval // e.g. [0.58, 0.96]
 */
export function replicateEstimates(
  cohort: Cohort,
  options: EstimateOptions = {},
): ReplicateEstimates {
  const {
    method = 'clopper-pearson',
    level = 0.95,
    transform = 'log',
    responders: codes = DEFAULT_ANALYSIS_OPTIONS.responders,
  } = options;
  const n = cohort.patients.length;
  const dor = dorObservations(cohort.patients, codes);
  const responders = dor.length;
  const km = responders > 0 ? kmMedian(kaplanMeier(dor), { level, transform }) : null;
  const ended = dor.filter((o) => o.event).map((o) => o.time);
  return {
    n,
    responders,
    orr: n > 0 ? responders / n : null,
    orrInterval: n > 0 ? proportionInterval(responders, n, { method, level }) : null,
    dorMedian: km?.median ?? null,
    dorLower: km?.lower ?? null,
    dorUpper: km?.upper ?? null,
    dorEvents: ended.length,
    naiveDorMedian: median(ended),
  };
}
