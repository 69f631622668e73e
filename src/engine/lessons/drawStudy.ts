import type { Rng } from '../montecarlo/chunkRng.ts';
import { checkScenario, type LessonScenario } from './lessonScenario.ts';

/** One simulated patient before any data cut-off: what is true, not yet what is seen. */
export interface LatentPatient {
  /** Weeks from the first patient's start to this patient's start. */
  entryWk: number;
  responder: boolean;
  /** The true duration of response in weeks; `null` for a non-responder. */
  dorWk: number | null;
}

/**
 * Draws one replicate study from a lesson scenario: each patient's start (evenly spaced over the
 * accrual), response (probability `orr`) and true duration of response (exponential with median
 * `dorMedianWk`). Every patient uses exactly two draws of `rng`, so the same seed gives the same
 * patients whatever the ORR or median, and a cut-off can be applied afterwards (`observeStudy`).
 * Assumes `rng` returns uniform numbers in [0, 1).
 * Reference: inverse-transform sampling, t = -median · log(1 - u) / ln 2.
 * @example drawStudy({ n: 18, orr: 0.8, dorMedianWk: 5, onsetWk: 1, accrualWk: 30 }, { rng }).length // 18
 */
export function drawStudy(scenario: LessonScenario, { rng }: { rng: Rng }): LatentPatient[] {
  const { n, orr, dorMedianWk, accrualWk } = checkScenario(scenario);
  return Array.from({ length: n }, (_, i) => {
    const responder = rng() < orr;
    const u = rng();
    return {
      entryWk: n === 1 ? 0 : (accrualWk * i) / (n - 1),
      responder,
      dorWk: responder ? (-dorMedianWk * Math.log(1 - u)) / Math.LN2 : null,
    };
  });
}
