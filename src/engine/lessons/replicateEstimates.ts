import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { median } from '../median.ts';
import { proportionInterval } from '../proportionInterval.ts';
import type { KmTransform, ProportionMethod } from '../report.ts';
import type { ObservedStudy } from './observeStudy.ts';

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

/**
 * The estimates a replicate study would publish: ORR with its interval (default Clopper–Pearson,
 * 95%) and the Kaplan–Meier median duration of response with its Brookmeyer–Crowley interval
 * (default log transform), plus the naive median of completed responses for comparison.
 * Assumes an `ObservedStudy` from `observeStudy`.
 * Reference: Kaplan & Meier (1958); Brookmeyer & Crowley (1982), Biometrics 38:29.
 * @example replicateEstimates(observeStudy(drawStudy(s, { rng }), cut)).orrInterval // [0.58.., 0.96..]
 */
export function replicateEstimates(
  study: ObservedStudy,
  options: { method?: ProportionMethod; level?: number; transform?: KmTransform } = {},
): ReplicateEstimates {
  const { method = 'clopper-pearson', level = 0.95, transform = 'log' } = options;
  const { n, responders, dor } = study;
  const km = dor.length > 0 ? kmMedian(kaplanMeier(dor), { level, transform }) : null;
  return {
    n,
    responders,
    orr: n > 0 ? responders / n : null,
    orrInterval: n > 0 ? proportionInterval(responders, n, { method, level }) : null,
    dorMedian: km?.median ?? null,
    dorLower: km?.lower ?? null,
    dorUpper: km?.upper ?? null,
    dorEvents: dor.filter((o) => o.event).length,
    naiveDorMedian: median(dor.filter((o) => o.event).map((o) => o.time)),
  };
}
