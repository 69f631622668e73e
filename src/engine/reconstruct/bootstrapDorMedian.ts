import { RESPONSE_GRADES, type Cohort, type ResponseCode } from '../cohort.ts';
import { dorObservations } from '../dorObservations.ts';
import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { bootstrapResample } from '../montecarlo/bootstrapResample.ts';
import { quantileType7 } from '../quantileType7.ts';
import type { Interval } from '../report.ts';

/**
 * Percentile bootstrap interval for the Kaplan–Meier median duration of response: resamples
 * patients with replacement `reps` times and takes the medians' (1 − level)/2 and (1 + level)/2
 * quantiles (R type 7); a resample with no responders or an unreached median counts as not reached,
 * ordered above every number, so a bound that falls there is `null`.
 * Reference: Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 13.
 * @example bootstrapDorMedian(cohort, { reps: 200, rng: seedrandom('1') }) // [1, 3]
 */
export function bootstrapDorMedian(
  cohort: Cohort,
  {
    reps,
    rng,
    level = 0.95,
    responders = RESPONSE_GRADES,
  }: { reps: number; rng: () => number; level?: number; responders?: readonly ResponseCode[] },
): Interval {
  const { patients } = cohort;
  if (patients.length === 0 || reps < 1) return [null, null];
  const medians: number[] = [];
  for (let r = 0; r < reps; r++) {
    const { sample } = bootstrapResample(patients, { rng });
    const dor = dorObservations(sample, responders);
    const m = dor.length > 0 ? kmMedian(kaplanMeier(dor)).median : null;
    medians.push(m ?? Infinity);
  }
  medians.sort((a, b) => a - b);
  const at = (p: number) => {
    const q = quantileType7(medians, p);
    return q !== null && Number.isFinite(q) ? q : null;
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
