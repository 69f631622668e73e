import type { Patient, ResponseCode } from '../../../engine/cohort.ts';
import { bootstrapResample } from '../../../engine/montecarlo/bootstrapResample.ts';
import type { Rng } from '../../../engine/montecarlo/chunkRng.ts';
import type { KmTransform } from '../../../engine/report.ts';
import { cohortEstimates, type CohortEstimates } from './cohortEstimates.ts';

/** One bootstrap resample as the swimmer lesson shows it. */
export interface Resample extends CohortEstimates {
  /** How many times each patient of the cohort was drawn, in cohort order (0: left out). */
  counts: number[];
}

/**
 * Draws one bootstrap resample of the patients and reports how often each was drawn with the
 * resample's ORR and median duration of response.
 * Assumes at least one patient and `rng` uniform on [0, 1); uses exactly one draw per patient.
 * @example drawResample([a, b, c], { rng: () => 0.5, responders, transform: 'log-log' }).counts // [0, 3, 0]
 */
export function drawResample(
  patients: readonly Patient[],
  {
    rng,
    responders,
    transform,
  }: { rng: Rng; responders: readonly ResponseCode[]; transform: KmTransform },
): Resample {
  const { counts, sample } = bootstrapResample(patients, { rng });
  return { counts, ...cohortEstimates(sample, { responders, transform }) };
}
